package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;

/**
 * The quota pass ({@link QuotaPass#apply}: groups from the run's shared grouping, scratch by the
 * largest group) against the quotas read literally: per quota, grade by grade, the units of each
 * group (a map keyed by the group's position) counted, the holders sorted by a comparator written
 * out from the rule (grade for a cumulative quota, total, second key, unit id) and those past the
 * limit — tied units across it all cut unless ordinal — cut and regraded by the same decisions. On
 * trees whose groups hold 0, 1, 2 and more units and units in no group, with totals full of ties,
 * exempted units, and limits of nothing, of everything and in between.
 */
class QuotaPassProperties {

  @Property(tries = 300)
  void theQuotaPassEqualsTheQuotasReadLiterally(@ForAll long seed) {
    Random rnd = new Random(seed);
    TreeSnapshot tree = tree(rnd);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    Ruleset base = EngineProperties.ruleset(rnd, false);
    List<Quota> quotas = new ArrayList<>();
    for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
      quotas.add(quota(rnd, k, base.grades().size()));
    }
    CompiledPlan plan = CompiledRuleset.compile(base.toBuilder().quotas(quotas).build()).plan();
    long[][] in = new long[plan.slotIds.size()][tree.size()];
    Frame f = new Frame(plan.nodeCount, tree.size());
    long[] vetoMask = new long[tree.size()];
    int[] grade = new int[tree.size()];
    Arrays.fill(grade, -1);
    int[] exempt = rnd.nextBoolean() ? null : new int[tree.size()];
    if (exempt != null) {
      Arrays.fill(exempt, -1);
    }
    for (int pos : subjects) {
      for (long[] column : in) {
        column[pos] = rnd.nextInt(3) * 10_000L; // second keys tie often
      }
      for (long[] column : f.scores) {
        column[pos] = rnd.nextInt(6) * 10_000L;
      }
      f.total[pos] = rnd.nextInt(3) * 10_000L; // few totals: ties everywhere, across every cut
      vetoMask[pos] = rnd.nextInt(4) == 0 ? rnd.nextInt(4) : 0;
      grade[pos] = rnd.nextInt(plan.grades.length + 1) - 1;
      if (exempt != null && rnd.nextInt(5) == 0) {
        exempt[pos] = 0;
        grade[pos] = -1; // as the column run leaves an exempted unit
      }
    }
    long[][][] sub = new long[in.length][][]; // a periodic gate reads an input per month or quarter
    for (int s = 0; s < sub.length; s++) {
      if (plan.slotPer[s] != null) {
        sub[s] = new long[plan.slotPer[s].of(Fixtures.Y2024).size()][tree.size()];
        for (long[] part : sub[s]) {
          for (int pos : subjects) {
            part[pos] = rnd.nextInt(3) * 10_000L;
          }
        }
      }
    }
    MissingValues none = new MissingValues(new long[in.length][], new int[in.length], null, null);
    Decisions decide = new Decisions(plan, none);

    RunState st = new RunState(tree, subjects, in, plan.peers.size(), Fixtures.Y2024, sub);
    int[] fastGrade = grade.clone();
    QuotaPass.Outcome fast = QuotaPass.apply(plan, decide, st, copy(f), vetoMask, fastGrade, exempt);
    RunState st2 = new RunState(tree, subjects, in, plan.peers.size(), Fixtures.Y2024, sub);
    int[] literalGrade = grade.clone();
    QuotaPass.Outcome literal = literally(plan, decide, st2, copy(f), vetoMask, literalGrade, exempt);

    assertThat(fast.cut()).as("cuts").isEqualTo(literal.cut());
    assertThat(fastGrade).as("grades after the quotas").isEqualTo(literalGrade);
    for (int q = 0; q < quotas.size(); q++) {
      assertThat(fast.place()[q]).as("places of %s", quotas.get(q)).isEqualTo(literal.place()[q]);
      assertThat(fast.limit()[q]).as("limits of %s", quotas.get(q)).isEqualTo(literal.limit()[q]);
      assertThat(fast.groupSize()[q]).as("group sizes of %s", quotas.get(q)).isEqualTo(literal.groupSize()[q]);
      assertThat(fast.groups().get(q)).as("figures of %s", quotas.get(q)).isEqualTo(literal.groups().get(q));
    }
  }

  /**
   * Streets of 0, 1, 2, … units under a district, and units under the district itself (in no
   * street); ids in random order so that the id tie-break is not the position order.
   */
  private static TreeSnapshot tree(Random rnd) {
    int streets = 1 + rnd.nextInt(6);
    int[] sizes = new int[streets];
    int count = 1 + streets;
    for (int s = 0; s < streets; s++) {
      sizes[s] = switch (rnd.nextInt(6)) {
        case 0 -> 0;
        case 1 -> 1;
        case 2 -> 2;
        case 3 -> 3 + rnd.nextInt(40);
        default -> 3 + rnd.nextInt(4);
      };
      count += sizes[s];
    }
    int loose = rnd.nextInt(4);
    count += loose;
    TreeSnapshot.Builder b = TreeSnapshot.builder(count);
    b.add(OrgUnitId.of("D"), null, OrgKind.DISTRICT);
    int id = 0;
    for (int k = 0; k < loose; k++) {
      b.add(OrgUnitId.of(String.format("U%03d", 997 - 7 * id++)), OrgUnitId.of("D"), OrgKind.COMMUNITY);
    }
    for (int s = 0; s < streets; s++) {
      OrgUnitId street = OrgUnitId.of("S" + s);
      b.add(street, OrgUnitId.of("D"), OrgKind.STREET);
      for (int c = 0; c < sizes[s]; c++) {
        b.add(OrgUnitId.of(String.format("U%03d", (id++ * 389) % 1000)), street, OrgKind.COMMUNITY);
      }
    }
    return b.build();
  }

  /** A quota of one of the grades with a limit of nothing, of everything, or between. */
  private static Quota quota(Random rnd, int k, int grades) {
    int g = rnd.nextInt(grades);
    Optional<Fraction> share = switch (rnd.nextInt(5)) {
      case 0 -> Optional.of(Fraction.of(0, 1));
      case 1 -> Optional.of(Fraction.of(1, 1));
      case 2 -> Optional.empty();
      default -> Optional.of(Fraction.of(rnd.nextInt(7), 7));
    };
    Optional<Integer> count = share.isEmpty() || rnd.nextBoolean()
        ? Optional.of(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6)) : Optional.empty();
    TieBreak tie = switch (rnd.nextInt(4)) {
      case 0 -> TieBreak.competition();
      case 1 -> TieBreak.dense();
      case 2 -> TieBreak.ordinalById();
      default -> TieBreak.ordinal(IndicatorId.of("target"));
    };
    Rounding rounding = Rounding.values()[rnd.nextInt(Rounding.values().length)];
    Optional<RuleId> baseGrade = rnd.nextBoolean() ? Optional.empty()
        : Optional.of(RuleId.of(String.valueOf((char) ('A' + g + rnd.nextInt(grades - g)))));
    return new Quota(RuleId.of("q" + k), RuleId.of(String.valueOf((char) ('A' + g))),
        rnd.nextBoolean() ? Optional.of(OrgKind.STREET) : Optional.empty(), share, count, rounding, tie,
        Quota.Counting.values()[rnd.nextInt(2)], baseGrade, Quota.Enforcement.values()[rnd.nextInt(2)]);
  }

  private static Frame copy(Frame f) {
    Frame c = new Frame(f.scores.length, f.total.length);
    for (int n = 0; n < f.scores.length; n++) {
      c.scores[n] = f.scores[n].clone();
    }
    System.arraycopy(f.total, 0, c.total, 0, f.total.length);
    return c;
  }

  /** The quotas as the rule reads, unit by unit, with boxed sorting and a map of groups. */
  private static QuotaPass.Outcome literally(CompiledPlan plan, Decisions decide, RunState st, Frame f,
      long[] vetoMask, int[] grade, int[] exempt) {
    int n = st.tree.size();
    long[] cut = new long[n];
    int[][] place = new int[plan.quotas.length][n];
    int[][] limit = new int[plan.quotas.length][n];
    int[][] size = new int[plan.quotas.length][n];
    List<List<QuotaPass.GroupFigure>> figures = new ArrayList<>();
    for (int q = 0; q < plan.quotas.length; q++) {
      figures.add(List.of());
    }
    for (int g = 0; g < plan.grades.length; g++) {
      for (int q = 0; q < plan.quotas.length; q++) {
        if (plan.quotaGrade[q] != g) {
          continue;
        }
        Quota quota = plan.quotas[q];
        boolean orBetter = quota.counting() == Quota.Counting.THIS_GRADE_OR_BETTER;
        boolean ordinal = quota.tieBreak().mode() == TieBreak.RankMode.ORDINAL;
        int baseGrade = quota.base().map(b -> gradeIndex(plan, b)).orElse(-1);
        long[] second = quota.tieBreak().secondKey().map(k -> st.in[plan.slotOf.get(k)]).orElse(null);
        int[] before = grade.clone();
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int pos : st.subjects) {
          if (exempt != null && exempt[pos] >= 0) {
            continue;
          }
          int group = quota.groupKind().isEmpty() ? -1 : ancestor(st.tree, pos, quota.groupKind().get());
          groups.computeIfAbsent(group, x -> new ArrayList<>()).add(pos);
        }
        Comparator<Integer> ranking = Comparator.comparingInt((Integer p) -> orBetter ? before[p] : 0)
            .thenComparing(p -> -f.total[p])
            .thenComparing(p -> ordinal && second != null ? -second[p] : 0)
            .thenComparing(p -> st.tree.id(p));
        List<Integer> cutNow = new ArrayList<>();
        List<QuotaPass.GroupFigure> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
          int units = 0;
          List<Integer> holders = new ArrayList<>();
          for (int pos : e.getValue()) {
            int held = before[pos];
            units += baseGrade < 0 || (held >= 0 && held <= baseGrade) ? 1 : 0;
            if (orBetter ? held >= 0 && held <= g : held == g) {
              holders.add(pos);
            }
          }
          holders.sort(ranking);
          long lim = quota.maxShare().isEmpty() ? Long.MAX_VALUE
              : quota.rounding().divide(quota.maxShare().get().numerator() * units,
                  quota.maxShare().get().denominator());
          lim = Math.max(0, Math.min(Math.min(lim, quota.maxCount().map(c -> (long) c).orElse(Long.MAX_VALUE)), units));
          int keep = quota.enforcement() == Quota.Enforcement.ADVISORY ? holders.size()
              : (int) Math.min(lim, holders.size());
          while (!ordinal && keep > 0 && keep < holders.size()
              && f.total[holders.get(keep - 1)] == f.total[holders.get(keep)]
              && (!orBetter || before[holders.get(keep - 1)] == before[holders.get(keep)])) {
            keep--; // tied across the cut: all cut
          }
          for (int i = 0; i < holders.size(); i++) {
            int pos = holders.get(i);
            place[q][pos] = i + 1;
            limit[q][pos] = (int) lim;
            size[q][pos] = units;
            if (i >= keep) {
              cut[pos] |= 1L << q;
              cutNow.add(pos);
            }
          }
          out.add(new QuotaPass.GroupFigure(e.getKey(), units, (int) lim, holders.size(), keep));
        }
        figures.set(q, out);
        int[] cutUnits = cutNow.stream().mapToInt(Integer::intValue).toArray();
        decide.grades(g + 1, Units.of(cutUnits, cutUnits.length), st, f, vetoMask, cut, null, grade, Trace.OFF);
      }
    }
    return new QuotaPass.Outcome(cut, place, limit, size, figures);
  }

  private static int gradeIndex(CompiledPlan plan, RuleId id) {
    for (int g = 0; g < plan.grades.length; g++) {
      if (plan.grades[g].id().equals(id)) {
        return g;
      }
    }
    throw new AssertionError(id);
  }

  /** The position of the nearest ancestor of {@code kind}, or -1. */
  private static int ancestor(TreeSnapshot tree, int pos, OrgKind kind) {
    for (int a = tree.parent(pos); a >= 0; a = tree.parent(a)) {
      if (tree.kind(a).equals(kind)) {
        return a;
      }
    }
    return -1;
  }
}
