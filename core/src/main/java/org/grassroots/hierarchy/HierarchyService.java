package org.grassroots.hierarchy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.StorageProvider;

/**
 * The life of one district's organisation tree (组织生命周期): establish (设立), rename (更名), move a
 * subtree (调整隶属), dissolve a shell branch (撤销空壳支部), merge and regroup (调整归并), temporary
 * branches built on a project that end on a date (临时党支部), and the tree as it stands now or stood on
 * any past date.
 *
 * <p>The service checks what the district's {@link HierarchySchema} says — which kind may sit under
 * which — and leaves to the store what only the store can guarantee atomically (unique ids, no
 * cycle, current versions, the audit record). Every operation takes a {@link Change} saying who,
 * why and when; a refused operation changes nothing. Read-modify-write operations use the version
 * they read: under a concurrent change they throw {@code StaleVersionException}, and the caller
 * may simply retry.
 */
public final class HierarchyService {
  private static final int PAGE = PageRequest.MAX_LIMIT;

  private final StorageProvider storage;
  private final DistrictId district;
  private final HierarchySchema schema;

  public HierarchyService(StorageProvider storage, DistrictId district, HierarchySchema schema) {
    this.storage = Check.notNull("storage", storage);
    this.district = Check.notNull("district", district);
    this.schema = Check.notNull("schema", schema);
  }

  public DistrictId district() {
    return district;
  }

  public HierarchySchema schema() {
    return schema;
  }

  private OrganizationStore orgs() {
    return storage.organizations();
  }

  /**
   * Establishes (设立) a new active unit, checking that its kind may stand under its parent's kind
   * (or as a root) in the schema.
   *
   * @throws InvalidInputException if the schema forbids the placement or the unit is not new
   */
  public OrgUnit establish(Change change, OrgUnit unit) {
    Check.notNull("change", change);
    Check.notNull("unit", unit);
    checkDistrict("unit.district", unit.id().value(), unit.district());
    if (!unit.status().isActive() || unit.version() != 0) {
      throw new InvalidInputException("lifecycle.notNew", "unit", unit.id().value(),
          unit.status(), unit.version());
    }
    schema.checkPlacement(unit.id(), unit.kind(), unit.parent().map(p -> orgs().get(district, p).kind()));
    return orgs().create(change, unit);
  }

  /** Establishes a unit of {@code kind} named {@code name} under {@code parentOrNull} on {@code on}. */
  public OrgUnit establish(Change change, OrgUnitId id, OrgKind kind, String name,
      OrgUnitId parentOrNull, LocalDate on) {
    Check.notNull("id", id);
    Check.notNull("on", on);
    return establish(change, OrgUnit.establish(district, id, kind, name, parentOrNull, on));
  }

  /**
   * Establishes a temporary branch (临时党支部) for {@code project}, ending on {@code endsOn}
   * ("支部建在项目上"); {@link #endExpiredTemporaryBranches} ends it when the day comes.
   */
  public OrgUnit establishTemporaryBranch(Change change, OrgUnitId id, String name,
      OrgUnitId parent, String project, LocalDate on, LocalDate endsOn) {
    Check.notNull("parent", parent);
    Check.notNull("on", on);
    OrgUnit unit = OrgUnit.establish(district, id, OrgKind.TEMPORARY_BRANCH, name, parent, on)
        .withTemporary(new TemporaryMandate(project, endsOn));
    return establish(change, unit);
  }

  /** Renames (更名) a unit from {@code on}. */
  public OrgUnit rename(Change change, OrgUnitId id, String newName, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("on", on);
    OrgUnit cur = current(id);
    return orgs().update(change, cur.withName(newName, on));
  }

  /**
   * Moves a unit with its subtree under {@code newParentOrNull} (null: to the top) on {@code on},
   * after checking the unit's kind against the new parent's kind.
   */
  public OrgUnit move(Change change, OrgUnitId id, OrgUnitId newParentOrNull, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("on", on);
    OrgUnit cur = current(id);
    Optional<OrgKind> parentKind = Optional.ofNullable(newParentOrNull)
        .map(p -> orgs().get(district, p).kind());
    schema.checkPlacement(id, cur.kind(), parentKind);
    return orgs().move(change, district, id, cur.version(), newParentOrNull, on);
  }

  /**
   * Dissolves (撤销) a unit — typically a shell branch (空壳支部) — on {@code on}. The store refuses it
   * while the unit has active children or members: move or merge them first.
   */
  public OrgUnit dissolve(Change change, OrgUnitId id, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("on", on);
    OrgUnit cur = requireActive(id, "lifecycle.action.dissolve");
    return orgs().update(change, cur.withEnd(OrgStatus.DISSOLVED, on, null));
  }

  /**
   * Merges {@code absorbed} into {@code survivor} on {@code on} (调整归并): its active children must be
   * allowed under the survivor's kind; the store then moves children and members and marks the
   * absorbed unit MERGED, all in one step.
   *
   * @return the absorbed unit's final revision
   */
  public OrgUnit merge(Change change, OrgUnitId absorbed, OrgUnitId survivor, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("survivor", survivor);
    Check.notNull("on", on);
    OrgUnit gone = requireActive(absorbed, "lifecycle.action.merge");
    OrgUnit into = current(survivor);
    for (OrgUnit child : orgs().children(district, absorbed)) {
      if (child.status().isActive() && !schema.allows(into.kind(), child.kind())) {
        throw new InvalidInputException("lifecycle.childNotAllowed", "survivor", survivor.value(),
            absorbed.value(), child.id().value(), child.kind().code(), into.kind().code(),
            schema.name());
      }
    }
    return orgs().merge(change, district, absorbed, gone.version(), survivor, on);
  }

  /** What {@link #endExpiredTemporaryBranches} did. */
  public record Expiry(ImmutableList<OrgUnit> ended, ImmutableMap<OrgUnitId, String> blocked) {}

  /**
   * Ends (结束) every active temporary branch whose mandate ended on or before {@code today}, dated
   * its end day. A branch the store will not end (it still has active members or children) is left
   * as it is and reported in {@link Expiry#blocked()} with the reason, in English and Chinese.
   */
  public Expiry endExpiredTemporaryBranches(Change change, LocalDate today) {
    Check.notNull("change", change);
    Check.notNull("today", today);
    ImmutableList.Builder<OrgUnit> ended = ImmutableList.builder();
    ImmutableMap.Builder<OrgUnitId, String> blocked = ImmutableMap.builder();
    for (OrgUnit u : all()) {
      if (u.status().isActive() && u.temporary().isPresent()
          && !u.temporary().get().endsOn().isAfter(today)) {
        LocalDate endsOn = u.temporary().get().endsOn();
        try {
          ended.add(orgs().update(change, u.withEnd(OrgStatus.ENDED, endsOn, null)));
        } catch (StorageException e) {
          blocked.put(u.id(), blockedReason(u.id(), endsOn, e::getMessage));
        } catch (InvalidInputException e) {
          blocked.put(u.id(), blockedReason(u.id(), endsOn, e::getMessage));
        }
      }
    }
    return new Expiry(ended.build(), blocked.buildOrThrow());
  }

  private static String blockedReason(OrgUnitId id, LocalDate on,
      java.util.function.Function<Locale, String> reason) {
    return Messages.format(Locale.ENGLISH, "lifecycle.endBlocked", id.value(), on,
            reason.apply(Locale.ENGLISH))
        + " | "
        + Messages.format(Locale.CHINESE, "lifecycle.endBlocked", id.value(), on,
            reason.apply(Locale.CHINESE));
  }

  /** Registers a Party member (党员登记) in this district. */
  public Member registerMember(Change change, Member member) {
    Check.notNull("change", change);
    Check.notNull("member", member);
    checkDistrict("member.district", member.id().value(), member.district());
    return storage.members().create(change, member);
  }

  /**
   * Records that an in-service member reported (双报到) to serve in {@code community}; the membership
   * stays where it is held.
   */
  public Member reportToCommunity(Change change, MemberId member, OrgUnitId community) {
    Check.notNull("change", change);
    Check.notNull("member", member);
    Check.notNull("community", community);
    Member cur = storage.members().get(district, member);
    return storage.members().update(change, cur.withDualRegistration(community));
  }

  /** The tree as it stands: every active unit. */
  public TreeSnapshot snapshot() {
    List<OrgUnit> active = new ArrayList<>();
    for (OrgUnit u : all()) {
      if (u.status().isActive()) {
        active.add(u);
      }
    }
    return TreeSnapshot.of(active);
  }

  /** The tree as it stood on {@code date}: every unit that existed then, in its state of then. */
  public TreeSnapshot snapshotAsOf(LocalDate date) {
    Check.notNull("date", date);
    return TreeSnapshot.of(orgs().asOf(district, date));
  }

  /** Every unit of the district (current revisions), page by page. */
  private List<OrgUnit> all() {
    List<OrgUnit> out = new ArrayList<>();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<OrgUnit> page = orgs().list(district, request);
      out.addAll(page.items());
      if (page.next().isEmpty()) {
        return out;
      }
      request = page.next().get();
    }
  }

  private OrgUnit current(OrgUnitId id) {
    Check.notNull("id", id);
    return orgs().get(district, id);
  }

  private OrgUnit requireActive(OrgUnitId id, String actionKey) {
    OrgUnit cur = current(id);
    if (!cur.status().isActive()) {
      throw new InvalidInputException("lifecycle.notActive", "id", id.value(), cur.status(),
          new Messages.Text(actionKey));
    }
    return cur;
  }

  private void checkDistrict(String field, String id, DistrictId of) {
    if (!of.equals(district)) {
      throw new InvalidInputException("lifecycle.otherDistrict", field, id, of.value(),
          district.value());
    }
  }
}
