package org.grassroots.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * Storage of organisation units (组织存储): the current tree, every revision of every unit, and the
 * tree as it stood on any date. Schema rules (which kind may sit under which) are checked by the
 * core before it calls here; the store guarantees what only it can guarantee atomically: ids are
 * unique per district, parents exist in the same district and are active, the tree has no cycle,
 * versions are not stale, and every change leaves an audit record.
 *
 * <p>Each mutating call writes a new revision dated {@code revisionDate} of the unit(s) it changes;
 * a revision may not be dated before the unit's latest revision (an {@code InvalidInputException}).
 */
public interface OrganizationStore {

  /**
   * Stores a new unit (version 0 in, version 1 out).
   *
   * @throws ConflictException id already used in the district, or parent not active
   * @throws NotFoundException the parent does not exist in the district
   */
  default OrgUnit create(Change change, OrgUnit unit) {
    Check.notNull("unit", unit);
    return BatchFailedException.single(() -> createAll(change, List.of(unit)));
  }

  /**
   * Stores many new units atomically: all or nothing. A unit's parent may come earlier in the same
   * list.
   *
   * @throws BatchFailedException naming the first failing item; nothing was written
   */
  List<OrgUnit> createAll(Change change, List<OrgUnit> units);

  /** The current revision of a unit, if it exists in the district. */
  Optional<OrgUnit> find(DistrictId district, OrgUnitId id);

  /**
   * The current revision of a unit.
   *
   * @throws NotFoundException if it does not exist in the district
   */
  default OrgUnit get(DistrictId district, OrgUnitId id) {
    return find(district, id).orElseThrow(() -> new NotFoundException(AuditEntry.ORG_UNIT, id.value()));
  }

  /**
   * Replaces a unit's state with {@code updated} — a rename, a new division code or mandate, or an
   * end (dissolved, ended) — when {@code updated.version()} is the stored version. The parent and
   * kind cannot change here ({@link #move} moves). Ending a unit is refused while it has active
   * children or members.
   *
   * @return the stored revision, version + 1
   * @throws StaleVersionException if the version is not current
   * @throws ConflictException if the parent or kind differ, or an ended unit has active children or members
   */
  default OrgUnit update(Change change, OrgUnit updated) {
    Check.notNull("updated", updated);
    return BatchFailedException.single(() -> updateAll(change, List.of(updated)));
  }

  /**
   * Updates many units atomically (批量更新): all or nothing, each item checked as {@link #update}
   * checks it, in list order — ending a unit counts the children ended earlier in the same list as
   * ended. Each unit may appear once. Audited per unit.
   *
   * @return the stored revisions, in the order given
   * @throws BatchFailedException naming the first failing item (stale version, unknown unit,
   *     changed parent or kind, active dependants, an id twice); nothing was written
   * @throws org.grassroots.input.InvalidInputException if a revision date is before the stored one
   *     (naming the unit); nothing was written
   */
  List<OrgUnit> updateAll(Change change, List<OrgUnit> units);

  /**
   * Moves a unit and its subtree under {@code newParent} (null: to the top) on {@code on}.
   *
   * @throws StaleVersionException if {@code expectedVersion} is not current
   * @throws ConflictException if the move would make a cycle, or the new parent is not active
   * @throws NotFoundException if the unit or the new parent do not exist in the district
   */
  OrgUnit move(
      Change change,
      DistrictId district,
      OrgUnitId id,
      long expectedVersion,
      OrgUnitId newParent,
      LocalDate on);

  /**
   * Merges {@code absorbed} into {@code survivor} on {@code on} (调整归并): the absorbed unit's
   * children move under the survivor, members whose organisation or serving community is the
   * absorbed unit move to the survivor, and the absorbed unit ends with status MERGED naming the
   * survivor. All in one atomic step, audited per changed record.
   *
   * @return the absorbed unit's final revision
   * @throws StaleVersionException if {@code absorbedVersion} is not current
   * @throws ConflictException if the survivor lies inside the absorbed unit's subtree or is not active
   */
  OrgUnit merge(
      Change change,
      DistrictId district,
      OrgUnitId absorbed,
      long absorbedVersion,
      OrgUnitId survivor,
      LocalDate on);

  /** The current children of a unit, in id order. */
  List<OrgUnit> children(DistrictId district, OrgUnitId parent);

  /** The unit and everything under it, in pre-order (parent before children, siblings by id). */
  List<OrgUnit> subtree(DistrictId district, OrgUnitId root);

  /** The unit's ancestors, nearest first (parent, grandparent, …, root). */
  List<OrgUnit> ancestors(DistrictId district, OrgUnitId id);

  /** A page of the district's units (current revisions), in id order. */
  Page<OrgUnit> list(DistrictId district, PageRequest page);

  /** How many units the district has (any status). */
  long count(DistrictId district);

  /** Every revision of a unit, oldest first. */
  List<OrgUnit> history(DistrictId district, OrgUnitId id);

  /**
   * The tree as it stood on {@code date}: for every unit that existed on that date, its revision
   * in force then (the latest revision dated on or before it), in id order.
   */
  List<OrgUnit> asOf(DistrictId district, LocalDate date);
}
