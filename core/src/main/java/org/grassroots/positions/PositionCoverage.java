package org.grassroots.positions;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * The coverage of service positions on a day (阵地覆盖情况), level by level: positions open, units that
 * should host one, and the units that host none (e.g. a compound branch without a fixed place to
 * meet). Computed from the units and positions given; units and positions not existing that day
 * are left out.
 *
 * @param asOf the day
 * @param levels one line per level, in the order given
 */
public record PositionCoverage(LocalDate asOf, ImmutableList<LevelCoverage> levels) {
  public PositionCoverage {
    Check.notNull("coverage.asOf", asOf);
    Check.notNull("coverage.levels", levels);
  }

  /**
   * One level's coverage.
   *
   * @param level the level
   * @param positions positions of this level open that day
   * @param hosts units of the level's host kind existing that day
   * @param uncovered those of them hosting no open position of this level, by id
   */
  public record LevelCoverage(PositionLevel level, int positions, int hosts, ImmutableList<OrgUnitId> uncovered) {
    public LevelCoverage {
      Check.notNull("levelCoverage.level", level);
      Check.atLeast("levelCoverage.positions", positions, 0);
      Check.atLeast("levelCoverage.hosts", hosts, 0);
      Check.notNull("levelCoverage.uncovered", uncovered);
    }

    /** Host units with at least one position of this level. */
    public int covered() {
      return hosts - uncovered.size();
    }
  }

  /** Positions open that day over all levels. */
  public int positions() {
    return levels.stream().mapToInt(LevelCoverage::positions).sum();
  }

  /** The line of {@code level}. */
  public LevelCoverage level(PositionLevel level) {
    Check.notNull("level", level);
    return levels.stream().filter(l -> l.level().equals(level)).findFirst()
        .orElseThrow(() -> new org.grassroots.input.InvalidInputException(
            "positions.unknownLevel", "level", level.code()));
  }

  /**
   * The coverage of {@code positions} over {@code units} on {@code asOf}, for {@code levels}.
   *
   * @throws org.grassroots.input.InvalidInputException when a position's level is not among {@code
   *     levels}, two positions share an id, or an open position's host is not a unit of the level's
   *     host kind existing that day
   */
  public static PositionCoverage of(
      List<PositionLevel> levels, Collection<OrgUnit> units, Collection<ServicePosition> positions,
      LocalDate asOf) {
    Check.notEmpty("levels", levels);
    Check.notNull("units", units);
    Check.notNull("positions", positions);
    Check.notNull("asOf", asOf);
    Map<OrgUnitId, OrgUnit> existing = new HashMap<>();
    for (OrgUnit u : units) {
      Check.notNull("units[]", u);
      if (u.existsOn(asOf)) {
        existing.put(u.id(), u);
      }
    }
    Map<PositionLevel, Integer> open = new HashMap<>();
    Map<PositionLevel, Set<OrgUnitId>> hosting = new HashMap<>();
    Set<PositionId> seen = new HashSet<>();
    for (ServicePosition p : positions) {
      Check.notNull("positions[]", p);
      Check.that(seen.add(p.id()), "positions.duplicate", "positions", p.id());
      Check.that(levels.contains(p.level()), "positions.unknownLevel", "servicePosition.level", p.level().code());
      if (p.openOn(asOf)) {
        OrgUnit host = existing.get(p.host());
        Check.that(host != null && host.kind().equals(p.level().host()), "positions.wrongHost",
            "servicePosition.host", p.host(), p.id(), p.level().host().code(), asOf);
        open.merge(p.level(), 1, Integer::sum);
        hosting.computeIfAbsent(p.level(), k -> new HashSet<>()).add(p.host());
      }
    }
    ImmutableList.Builder<LevelCoverage> lines = ImmutableList.builder();
    for (PositionLevel level : levels) {
      Check.notNull("levels[]", level);
      Map<OrgUnitId, OrgUnit> hosts = new TreeMap<>();
      existing.values().stream().filter(u -> u.kind().equals(level.host())).forEach(u -> hosts.put(u.id(), u));
      Set<OrgUnitId> with = hosting.getOrDefault(level, Set.of());
      ImmutableList<OrgUnitId> uncovered = hosts.keySet().stream().filter(id -> !with.contains(id))
          .collect(ImmutableList.toImmutableList());
      lines.add(new LevelCoverage(level, open.getOrDefault(level, 0), hosts.size(), uncovered));
    }
    return new PositionCoverage(asOf, lines.build());
  }
}
