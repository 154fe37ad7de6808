package org.grassroots.spi;

import static org.grassroots.audit.AuditEntry.ORG_UNIT;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;

/**
 * Moves and merges of the tree planned once for every adapter (调整计划): the checks of {@link
 * OrganizationStore#move} and {@link OrganizationStore#merge} in their order, and the new states
 * they write. The adapter reads through a {@link View} inside its unit of work and applies the plan
 * atomically (new revisions, its own tree index, the audit entries of {@link Edit#before}/{@link
 * Edit#after}); nothing is decided in the adapter.
 */
public final class HierarchyEdits {
  private HierarchyEdits() {}

  /** What an adapter answers about its district's current tree, inside its unit of work. */
  public interface View<E extends Exception> {
    /** The unit's current state, or empty when the district has no such unit. */
    Optional<OrgUnit> current(OrgUnitId id) throws E;

    /** True when {@code unit} lies strictly under {@code root} in the current tree. */
    boolean isBelow(OrgUnitId unit, OrgUnitId root) throws E;

    /** The unit's current children (any status), in id order. */
    List<OrgUnit> children(OrgUnitId parent) throws E;
  }

  /** One record's state before and after a planned change (version already advanced). */
  public record Edit<T>(T before, T after) {}

  /**
   * A planned merge: the absorbed unit ended as MERGED, its children under the survivor (in id
   * order). Members follow through {@link #memberAfter}.
   */
  public record MergePlan(Edit<OrgUnit> absorbed, List<Edit<OrgUnit>> children) {
    public MergePlan {
      children = ImmutableList.copyOf(children);
    }
  }

  /**
   * Plans {@code id}'s move under {@code newParent} (null: to the top) on {@code on}.
   *
   * @throws NotFoundException if the unit or the new parent do not exist
   * @throws StaleVersionException if {@code expectedVersion} is not current
   * @throws ConflictException if the new parent is the unit or under it ({@code storage.cycle}), or
   *     not active ({@code storage.parentInactive})
   */
  public static <E extends Exception> Edit<OrgUnit> planMove(View<E> view, OrgUnitId id,
      long expectedVersion, OrgUnitId newParent, LocalDate on) throws E {
    OrgUnit current = existing(view, id);
    UnitUpdates.checkVersion(current, expectedVersion);
    if (newParent != null) {
      OrgUnit parent = existing(view, newParent);
      if (newParent.equals(id) || view.isBelow(newParent, id)) {
        throw new ConflictException("storage.cycle", id.value(), newParent.value());
      }
      if (!parent.status().isActive()) {
        throw new ConflictException("storage.parentInactive", id.value(), newParent.value());
      }
    }
    UnitUpdates.checkRevisionDate(current, on);
    return new Edit<>(current, current.withParent(newParent, on).withVersion(current.version() + 1));
  }

  /**
   * Plans merging {@code absorbed} into {@code survivor} on {@code on}.
   *
   * @throws NotFoundException if either unit does not exist
   * @throws StaleVersionException if {@code absorbedVersion} is not current
   * @throws ConflictException if the absorbed unit is not active, the survivor is the absorbed unit
   *     or under it, or the survivor is not active
   */
  public static <E extends Exception> MergePlan planMerge(View<E> view, OrgUnitId absorbed,
      long absorbedVersion, OrgUnitId survivor, LocalDate on) throws E {
    OrgUnit gone = existing(view, absorbed);
    UnitUpdates.checkVersion(gone, absorbedVersion);
    OrgUnit into = existing(view, survivor);
    if (!gone.status().isActive()) {
      throw new ConflictException("storage.immutableField", ORG_UNIT, absorbed.value(), "status");
    }
    if (survivor.equals(absorbed) || view.isBelow(survivor, absorbed)) {
      throw new ConflictException("storage.cycle", absorbed.value(), survivor.value());
    }
    if (!into.status().isActive()) {
      throw new ConflictException("storage.parentInactive", absorbed.value(), survivor.value());
    }
    UnitUpdates.checkRevisionDate(gone, on);
    ImmutableList.Builder<Edit<OrgUnit>> children = ImmutableList.builder();
    for (OrgUnit child : view.children(absorbed)) {
      UnitUpdates.checkRevisionDate(child, on);
      children.add(new Edit<>(child, child.withParent(survivor, on).withVersion(child.version() + 1)));
    }
    OrgUnit ended = gone.withEnd(OrgStatus.MERGED, on, survivor).withVersion(gone.version() + 1);
    return new MergePlan(new Edit<>(gone, ended), children.build());
  }

  /**
   * A member of the absorbed unit after the merge: organisation and serving community moved from
   * {@code absorbed} to {@code survivor} where they named it, version advanced.
   */
  public static Member memberAfter(Member before, OrgUnitId absorbed, OrgUnitId survivor) {
    Member after = before;
    if (after.organization().equals(absorbed)) {
      after = after.withOrganization(survivor);
    }
    if (after.servingCommunity().equals(Optional.of(absorbed))) {
      after = after.withServingCommunity(Optional.of(survivor));
    }
    return after.withVersion(before.version() + 1);
  }

  private static <E extends Exception> OrgUnit existing(View<E> view, OrgUnitId id) throws E {
    return view.current(id).orElseThrow(() -> new NotFoundException(ORG_UNIT, id.value()));
  }
}
