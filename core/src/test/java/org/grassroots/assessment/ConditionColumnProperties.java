package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Ruleset;

/**
 * The conditions of gates, vetoes and exemptions decided a column at a time ({@link
 * ConditionTest#column} over every unit, which narrows all/any to the units still undecided) against
 * the same code over one unit with a recording tracer (what an explanation runs: every part shown)
 * and against the condition read literally, unit by unit, on frames whose values sit at and around
 * every constant the conditions compare with.
 */
class ConditionColumnProperties {
  private static final TreeSnapshot TREE = Fixtures.streets(3, 11);
  private static final int[] SUBJECTS = TREE.positionsOf(OrgKind.COMMUNITY);

  @Property(tries = 300)
  void aConditionDecidedByColumnEqualsItsOneUnitTraceAndTheRuleReadLiterally(@ForAll long seed) {
    Random rnd = new Random(seed);
    Ruleset ruleset = EngineProperties.ruleset(rnd, false);
    CompiledPlan plan = CompiledRuleset.compile(ruleset).plan();
    List<Condition> conditions = new ArrayList<>();
    List<ConditionTest> tests = new ArrayList<>();
    for (int v = 0; v < plan.vetoes.length; v++) {
      conditions.add(plan.vetoes[v].when());
      tests.add(plan.vetoTest[v]);
    }
    for (int g = 0; g < plan.grades.length; g++) {
      for (int k = 0; k < plan.gradeGates[g].length; k++) {
        conditions.add(plan.gradeGateRules[g][k].condition());
        tests.add(plan.gradeGates[g][k]);
      }
    }
    for (int e = 0; e < plan.exemptions.length; e++) {
      conditions.add(plan.exemptions[e].when());
      tests.add(plan.exemptionTest[e]);
    }
    List<Long> constants = new ArrayList<>(List.of(0L, 10_000L));
    conditions.forEach(c -> constants(c, constants));
    long[][] in = new long[plan.slotIds.size()][TREE.size()];
    Frame f = new Frame(plan.nodeCount, TREE.size());
    for (int pos : SUBJECTS) {
      for (long[] column : in) {
        column[pos] = value(rnd, constants);
      }
      for (long[] column : f.scores) {
        column[pos] = value(rnd, constants);
      }
      f.total[pos] = value(rnd, constants);
    }
    long[][][] sub = new long[in.length][][]; // an input measured per month or quarter: a column per sub-period
    for (int s = 0; s < sub.length; s++) {
      if (plan.slotPer[s] != null) {
        sub[s] = new long[plan.slotPer[s].of(Fixtures.Y2024).size()][TREE.size()];
        for (long[] part : sub[s]) {
          for (int pos : SUBJECTS) {
            part[pos] = value(rnd, constants);
          }
        }
      }
    }
    RunState st = new RunState(TREE, SUBJECTS, in, plan.peers.size(), Fixtures.Y2024, sub);
    // a range that does not start at 0, so that indices within the range are exercised
    int from = rnd.nextInt(4);
    Units range = new Units(SUBJECTS, from, SUBJECTS.length, 0);
    for (int c = 0; c < tests.size(); c++) {
      boolean[] held = new boolean[range.size()];
      tests.get(c).column(range, st, f, held, Trace.OFF);
      for (int i = from; i < SUBJECTS.length; i++) {
        int pos = SUBJECTS[i];
        Frame one = new Frame(plan.nodeCount, 1);
        for (int n = 0; n < plan.nodeCount; n++) {
          one.scores[n][0] = f.scores[n][pos];
        }
        one.total[0] = f.total[pos];
        boolean[] traced = new boolean[1];
        Trace t = Trace.recording();
        tests.get(c).column(Units.one(pos), st, one, traced, t);
        boolean literal = literally(conditions.get(c), plan, pos, st, f);
        assertThat(held[i - from]).as("%s at %s, by column", conditions.get(c), TREE.id(pos)).isEqualTo(literal);
        assertThat(traced[0]).as("%s at %s, one unit traced", conditions.get(c), TREE.id(pos)).isEqualTo(literal);
        assertThat(t.take()).as("facts of %s", conditions.get(c)).isNotEmpty();
      }
    }
  }

  @Property(tries = 500)
  void aComparisonColumnEqualsTheComparisonAtAndAroundItsValueAndTheLimitsOfLong(@ForAll long seed) {
    Random rnd = new Random(seed);
    long[] special = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    long value = rnd.nextBoolean() ? special[rnd.nextInt(special.length)] : rnd.nextLong();
    long[] values = new long[40];
    for (int k = 0; k < values.length; k++) {
      values[k] = switch (k % 4) {
        case 0 -> value + (k / 4 % 3) - 1; // value - 1, value, value + 1 (wrapping at the limits)
        case 1 -> special[rnd.nextInt(special.length)];
        case 2 -> value;
        default -> rnd.nextLong();
      };
    }
    int[] positions = new int[values.length];
    for (int k = 0; k < positions.length; k++) {
      positions[k] = k;
    }
    int shift = rnd.nextInt(3);
    for (org.grassroots.rules.Comparison c : org.grassroots.rules.Comparison.values()) {
      boolean[] held = new boolean[values.length - shift];
      ConditionTest.compare(values, 0, new Units(positions, shift, positions.length, 0), c, value, held);
      for (int k = shift; k < values.length; k++) {
        assertThat(held[k - shift]).as("%d %s %d", values[k], c.symbol(), value).isEqualTo(c.test(values[k], value));
      }
    }
  }

  @Property(tries = 300)
  void aGradesMinimumTotalAsOneTestEqualsTheBoundAtAndAroundItsValueAndTheLimitsOfLong(@ForAll long seed) {
    Random rnd = new Random(seed);
    long[] special = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    long value = rnd.nextBoolean() ? special[rnd.nextInt(special.length)] : rnd.nextLong();
    org.grassroots.rules.Bound min = rnd.nextBoolean() ? org.grassroots.rules.Bound.inclusive(value)
        : org.grassroots.rules.Bound.exclusive(value);
    ConditionTest.Admitted admitted = Decisions.admittedFromAbove(min);
    ConditionTest.Admitted any = Decisions.admittedFromAbove(null);
    List<Long> totals = new ArrayList<>(List.of(value - 1, value, value + 1)); // wrapping at the limits
    for (long s : special) {
      totals.add(s);
    }
    totals.add(rnd.nextLong());
    for (long total : totals) {
      assertThat(admitted.test(total)).as("%d against %s", total, min).isEqualTo(min.admitsFromAbove(total));
      assertThat(any.test(total)).as("%d against no minimum", total).isTrue();
    }
  }

  /** A value at, just beside or far from a constant of the conditions. */
  private static long value(Random rnd, List<Long> constants) {
    long c = constants.get(rnd.nextInt(constants.size()));
    return switch (rnd.nextInt(4)) {
      case 0 -> c;
      case 1 -> c - 1;
      case 2 -> c + 1;
      default -> rnd.nextInt(1_200_000) - 100_000;
    };
  }

  private static void constants(Condition c, List<Long> out) {
    if (c instanceof Condition.Compare cmp) {
      out.add(cmp.value());
    } else if (c instanceof Condition.EveryCategory e) {
      out.add(e.value());
    } else if (c instanceof Condition.AllOf all) {
      all.conditions().forEach(x -> constants(x, out));
    } else if (c instanceof Condition.AnyOf any) {
      any.conditions().forEach(x -> constants(x, out));
    } else if (c instanceof Condition.Not not) {
      constants(not.condition(), out);
    } else if (c instanceof Condition.Periodic p) {
      out.add(p.value());
    }
  }

  /** The condition read literally for the unit at {@code pos}: Java booleans over the rule's parts. */
  private static boolean literally(Condition c, CompiledPlan plan, int pos, RunState st, Frame f) {
    if (c instanceof Condition.Compare cmp) {
      return cmp.comparison().test(operand(cmp.operand(), plan, pos, st, f), cmp.value());
    }
    if (c instanceof Condition.EveryCategory e) {
      boolean all = true;
      for (int top : plan.children[0]) {
        all = all && e.comparison().test(f.scores[top][pos], e.value());
      }
      return all;
    }
    if (c instanceof Condition.ShareOf s) {
      return s.share().compare(operand(s.operand(), plan, pos, st, f), s.comparison(), operand(s.of(), plan, pos, st, f));
    }
    if (c instanceof Condition.AllOf all) {
      return all.conditions().stream().allMatch(x -> literally(x, plan, pos, st, f));
    }
    if (c instanceof Condition.AnyOf any) {
      return any.conditions().stream().anyMatch(x -> literally(x, plan, pos, st, f));
    }
    if (c instanceof Condition.Not not) {
      return !literally(not.condition(), plan, pos, st, f);
    }
    if (c instanceof Condition.Periodic p) {
      long[][] parts = st.sub[plan.slotOf.get(p.input())];
      int met = 0;
      for (long[] part : parts) {
        met += p.comparison().test(part[pos], p.value()) ? 1 : 0;
      }
      return p.inAtLeast().isPresent() ? met >= p.inAtLeast().getAsInt() : met == parts.length;
    }
    throw new AssertionError("the generator makes no " + c);
  }

  private static long operand(Condition.Operand o, CompiledPlan plan, int pos, RunState st, Frame f) {
    if (o instanceof Condition.Operand.Total) {
      return f.total[pos];
    }
    if (o instanceof Condition.Operand.Score s) {
      return f.scores[plan.nodeOf.get(s.indicator())][pos];
    }
    return st.in[plan.slotOf.get(((Condition.Operand.Input) o).input())][pos];
  }
}
