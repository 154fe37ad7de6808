package org.grassroots.hierarchy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An organisation unit (组织单位): a street committee, a community Party organisation, a grid or
 * compound branch, a building group, a member household, a temporary branch, or an administrative
 * division imported as the frame of a tree.
 *
 * <p>One value is one revision of the unit: {@code revisionDate} is the day from which this state
 * holds, so that a store can answer the tree as it stood on any date. {@code version} is the
 * optimistic version: 0 before the unit is stored, then 1, 2, … for every stored change.
 *
 * @param id the unit's id, unique within its district
 * @param district the district (tenant) that owns it
 * @param kind its kind, checked against the district's {@link HierarchySchema}
 * @param name its name, 1–200 characters
 * @param parent the unit it sits under; empty for a root
 * @param divisionCode the administrative division it covers, if any
 * @param status where it stands in its life
 * @param validFrom the day it was established
 * @param validTo the day it ceased to exist (exclusive), if it has
 * @param temporary for a temporary branch: the project it serves and the day it ends
 * @param successor for a merged unit: the survivor that took its members and children
 * @param revisionDate the day from which this revision holds
 * @param version optimistic version (0 = not stored yet)
 */
public record OrgUnit(
    OrgUnitId id,
    DistrictId district,
    OrgKind kind,
    String name,
    Optional<OrgUnitId> parent,
    Optional<DivisionCode> divisionCode,
    OrgStatus status,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    Optional<TemporaryMandate> temporary,
    Optional<OrgUnitId> successor,
    LocalDate revisionDate,
    long version) implements Described {

  public OrgUnit {
    Check.notNull("orgUnit.id", id);
    Check.notNull("orgUnit.district", district);
    Check.notNull("orgUnit.kind", kind);
    name = Check.notBlank("orgUnit.name", name);
    Check.maxLength("orgUnit.name", name, 200);
    Check.notNull("orgUnit.parent", parent);
    Check.notNull("orgUnit.divisionCode", divisionCode);
    Check.notNull("orgUnit.status", status);
    Check.notNull("orgUnit.validFrom", validFrom);
    Check.notNull("orgUnit.validTo", validTo);
    Check.notNull("orgUnit.temporary", temporary);
    Check.notNull("orgUnit.successor", successor);
    Check.notNull("orgUnit.revisionDate", revisionDate);
    Check.atLeast("orgUnit.version", version, 0);
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new InvalidInputException("hierarchy.ownParent", "orgUnit.parent", id.value());
    }
    if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
      throw new InvalidInputException(
          "input.dateOrder", "orgUnit.validTo", validTo.get().toString(), validFrom.toString());
    }
    if (revisionDate.isBefore(validFrom)) {
      throw new InvalidInputException(
          "input.dateOrder", "orgUnit.revisionDate", revisionDate.toString(), validFrom.toString());
    }
    if (temporary.isPresent() && !temporary.get().endsOn().isAfter(validFrom)) {
      throw new InvalidInputException(
          "input.dateOrder",
          "temporary.endsOn",
          temporary.get().endsOn().toString(),
          validFrom.toString());
    }
    if (status.isActive() && validTo.isPresent()) {
      throw new InvalidInputException(
          "hierarchy.activeWithEnd", "orgUnit.validTo", validTo.get().toString());
    }
    if (!status.isActive() && validTo.isEmpty()) {
      throw new InvalidInputException("hierarchy.endedWithoutEnd", "orgUnit.validTo", "empty", status.name());
    }
    if (status == OrgStatus.MERGED && successor.isEmpty()) {
      throw new InvalidInputException("hierarchy.mergedWithoutSuccessor", "orgUnit.successor", "empty");
    }
    if (successor.isPresent() && status != OrgStatus.MERGED) {
      throw new InvalidInputException(
          "hierarchy.successorNotMerged", "orgUnit.successor", successor.get().value(), status.name());
    }
    if (successor.isPresent() && successor.get().equals(id)) {
      throw new InvalidInputException("hierarchy.ownSuccessor", "orgUnit.successor", id.value());
    }
  }

  /** A new active unit, not yet stored, established on {@code validFrom}. */
  public static OrgUnit establish(
      DistrictId district,
      OrgUnitId id,
      OrgKind kind,
      String name,
      OrgUnitId parentOrNull,
      LocalDate validFrom) {
    return new OrgUnit(
        id,
        district,
        kind,
        name,
        Optional.ofNullable(parentOrNull),
        Optional.empty(),
        OrgStatus.ACTIVE,
        validFrom,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        validFrom,
        0);
  }

  /** True when the unit existed on {@code date}: established on or before it, not yet ended. */
  public boolean existsOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo.isEmpty() || date.isBefore(validTo.get()));
  }

  public OrgUnit withName(String newName, LocalDate on) {
    return new OrgUnit(id, district, kind, newName, parent, divisionCode, status, validFrom, validTo,
        temporary, successor, on, version);
  }

  public OrgUnit withParent(OrgUnitId newParent, LocalDate on) {
    return new OrgUnit(id, district, kind, name, Optional.ofNullable(newParent), divisionCode, status,
        validFrom, validTo, temporary, successor, on, version);
  }

  public OrgUnit withDivisionCode(DivisionCode code) {
    return new OrgUnit(id, district, kind, name, parent, Optional.ofNullable(code), status, validFrom,
        validTo, temporary, successor, revisionDate, version);
  }

  public OrgUnit withTemporary(TemporaryMandate mandate) {
    return new OrgUnit(id, district, kind, name, parent, divisionCode, status, validFrom, validTo,
        Optional.ofNullable(mandate), successor, revisionDate, version);
  }

  /** This unit ended on {@code on} with {@code newStatus} (dissolved, merged into {@code into}, ended). */
  public OrgUnit withEnd(OrgStatus newStatus, LocalDate on, OrgUnitId into) {
    return new OrgUnit(id, district, kind, name, parent, divisionCode, newStatus, validFrom,
        Optional.of(on), temporary, Optional.ofNullable(into), on, version);
  }

  public OrgUnit withVersion(long newVersion) {
    return new OrgUnit(id, district, kind, name, parent, divisionCode, status, validFrom, validTo,
        temporary, successor, revisionDate, newVersion);
  }

  /** The fields an audit record shows before and after a change. */
  @Override
  public ImmutableMap<String, String> describe() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    b.put("id", id.value()).put("kind", kind.code()).put("name", name);
    parent.ifPresent(p -> b.put("parent", p.value()));
    divisionCode.ifPresent(c -> b.put("divisionCode", c.value()));
    b.put("status", status.name()).put("validFrom", validFrom.toString());
    validTo.ifPresent(d -> b.put("validTo", d.toString()));
    temporary.ifPresent(t -> b.put("project", t.project()).put("endsOn", t.endsOn().toString()));
    successor.ifPresent(s -> b.put("successor", s.value()));
    b.put("revisionDate", revisionDate.toString()).put("version", Long.toString(version));
    return b.buildOrThrow();
  }
}
