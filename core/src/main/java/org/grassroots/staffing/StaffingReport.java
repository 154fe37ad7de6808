package org.grassroots.staffing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * Staffing against the standard (标配落实情况): for each unit the standard applies to, per role,
 * the staff required and the staff in post on one day, with the shortfall (缺配) and surplus
 * (超配); and the totals over all units.
 *
 * @param standard the standard applied
 * @param asOf the day the staff were counted
 * @param units one line per unit of the standard's kind that existed that day, in id order
 */
public record StaffingReport(StaffingStandard standard, LocalDate asOf, ImmutableList<UnitStaffing> units) {
  public StaffingReport {
    Check.notNull("report.standard", standard);
    Check.notNull("report.asOf", asOf);
    Check.notNull("report.units", units);
  }

  /**
   * One role in one unit.
   *
   * @param role the role
   * @param required staff required (0 for a role the standard does not name)
   * @param actual distinct staff in post that day
   */
  public record RoleStaffing(StaffRole role, int required, int actual) {
    public RoleStaffing {
      Check.notNull("role", role);
      Check.atLeast("required", required, 0);
      Check.atLeast("actual", actual, 0);
    }

    /** Staff missing (缺配): required minus actual, at least 0. */
    public int shortfall() {
      return Math.max(0, required - actual);
    }

    /** Staff beyond the standard (超配): actual minus required, at least 0. */
    public int surplus() {
      return Math.max(0, actual - required);
    }
  }

  /**
   * The staffing of one unit.
   *
   * @param unit the unit
   * @param name its name
   * @param roles the standard's roles in its order, then any other role staffed there, by code
   */
  public record UnitStaffing(OrgUnitId unit, String name, ImmutableList<RoleStaffing> roles) {
    public UnitStaffing {
      Check.notNull("unit", unit);
      Check.notNull("name", name);
      Check.notNull("roles", roles);
    }

    public int required() {
      return roles.stream().mapToInt(RoleStaffing::required).sum();
    }

    public int actual() {
      return roles.stream().mapToInt(RoleStaffing::actual).sum();
    }

    public int shortfall() {
      return roles.stream().mapToInt(RoleStaffing::shortfall).sum();
    }

    public int surplus() {
      return roles.stream().mapToInt(RoleStaffing::surplus).sum();
    }

    /** True when no role falls short (配齐). */
    public boolean meetsStandard() {
      return shortfall() == 0;
    }
  }

  /**
   * The report of {@code standard} over {@code units} on {@code asOf}. Units of another kind, or
   * that did not exist that day, are left out; so are posts in such units and posts not held that
   * day. A person counts once per unit and role however many posts they hold there.
   */
  public static StaffingReport of(
      StaffingStandard standard,
      Collection<OrgUnit> units,
      Collection<StaffAssignment> assignments,
      LocalDate asOf) {
    Check.notNull("report.standard", standard);
    Check.notNull("report.units", units);
    Check.notNull("report.assignments", assignments);
    Check.notNull("report.asOf", asOf);
    Map<OrgUnitId, OrgUnit> inScope = new TreeMap<>();
    for (OrgUnit u : units) {
      Check.notNull("report.units[]", u);
      if (u.kind().equals(standard.appliesTo()) && u.existsOn(asOf)) {
        inScope.put(u.id(), u);
      }
    }
    Map<OrgUnitId, Map<StaffRole, Set<String>>> staff = new HashMap<>();
    for (StaffAssignment a : assignments) {
      Check.notNull("report.assignments[]", a);
      if (inScope.containsKey(a.unit()) && a.heldOn(asOf)) {
        staff.computeIfAbsent(a.unit(), k -> new HashMap<>())
            .computeIfAbsent(a.role(), k -> new HashSet<>())
            .add(a.staffId());
      }
    }
    ImmutableList.Builder<UnitStaffing> lines = ImmutableList.builder();
    for (OrgUnit u : inScope.values()) {
      Map<StaffRole, Set<String>> here = staff.getOrDefault(u.id(), Map.of());
      ImmutableList.Builder<RoleStaffing> roles = ImmutableList.builder();
      standard.required().forEach((role, n) ->
          roles.add(new RoleStaffing(role, n, here.getOrDefault(role, Set.of()).size())));
      here.entrySet().stream()
          .filter(e -> !standard.required().containsKey(e.getKey()))
          .sorted(Map.Entry.comparingByKey(Comparator.comparing(StaffRole::code)))
          .forEach(e -> roles.add(new RoleStaffing(e.getKey(), 0, e.getValue().size())));
      lines.add(new UnitStaffing(u.id(), u.name(), roles.build()));
    }
    return new StaffingReport(standard, asOf, lines.build());
  }

  /** Staff required over all units. */
  public long required() {
    return units.stream().mapToLong(UnitStaffing::required).sum();
  }

  /** Staff in post over all units. */
  public long actual() {
    return units.stream().mapToLong(UnitStaffing::actual).sum();
  }

  /** Staff missing over all units (a surplus in one unit does not fill another's gap). */
  public long shortfall() {
    return units.stream().mapToLong(UnitStaffing::shortfall).sum();
  }

  /** Staff beyond the standard over all units. */
  public long surplus() {
    return units.stream().mapToLong(UnitStaffing::surplus).sum();
  }

  /** Units that meet the standard (配齐). */
  public long unitsMeetingStandard() {
    return units.stream().filter(UnitStaffing::meetsStandard).count();
  }

  /** Shortfall per role over all units, in the standard's role order; roles short nowhere show 0. */
  public ImmutableMap<StaffRole, Long> shortfallByRole() {
    Map<StaffRole, Long> out = new LinkedHashMap<>();
    standard.required().keySet().forEach(r -> out.put(r, 0L));
    for (UnitStaffing u : units) {
      for (RoleStaffing r : u.roles()) {
        out.computeIfPresent(r.role(), (k, n) -> n + r.shortfall()); // other roles never fall short
      }
    }
    return ImmutableMap.copyOf(out);
  }
}
