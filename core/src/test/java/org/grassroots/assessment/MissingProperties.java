package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.rules.Fixed.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;

/** Invariants of the missing-value policies on the city baseline with generated inputs. */
class MissingProperties {
  private static final TreeSnapshot TREE = Fixtures.streets(3, 12);
  private static final int[] SUBJECTS = TREE.positionsOf(OrgKind.COMMUNITY);

  /** The city baseline with {@code policy} on every category (inputs: the same, ZERO for EXCLUDE). */
  static Ruleset withPolicy(MissingPolicy policy, Rounding rounding) {
    return withPolicy(policy, rounding, false);
  }

  /** Like {@link #withPolicy(MissingPolicy, Rounding)}; with {@code floors}, each category floored at half its points. */
  static Ruleset withPolicy(MissingPolicy policy, Rounding rounding, boolean floors) {
    Ruleset city = Fixtures.cityBaseline();
    Ruleset.Builder b = Ruleset.builder(city.id().value(), city.district(), city.version(), city.name(),
        city.effectiveFrom(), city.subjectKind());
    // a floor can lift a category above what its present sub-items are worth: the rescaled total
    // must still be cut at the full score
    city.indicators().forEach(i -> b.indicator(floors ? i.withMissing(policy).withFloor(i.points() / 2)
        : i.withMissing(policy)));
    for (InputSpec in : city.inputs()) {
      b.input(in.withMissing(policy == MissingPolicy.EXCLUDE ? MissingPolicy.ZERO : policy));
    }
    b.totalCap(city.totalCap().orElseThrow()).pointsMustAddUp(true).rescaleRounding(rounding);
    city.bonuses().forEach(b::bonus);
    city.vetoes().forEach(b::veto);
    city.gates().forEach(b::gate);
    city.grades().forEach(b::grade);
    city.quotas().forEach(b::quota);
    return b.build();
  }

  /** Random inputs of {@code c}, each measured input present at a subject with {@code presentPercent}%. */
  static InputColumns sparse(CompiledRuleset c, long seed, int presentPercent) {
    InputColumns full = Fixtures.randomInputs(c, TREE, seed);
    Random rnd = new Random(seed ^ 0x5DEECE66DL);
    InputColumns.Builder b = InputColumns.builder(TREE, Fixtures.Y2024);
    for (IndicatorId id : full.indicators()) {
      long[] col = full.column(id).orElseThrow();
      for (int pos : SUBJECTS) {
        if (rnd.nextInt(100) < presentPercent) {
          b.set(id, pos, col[pos]);
        }
      }
    }
    return b.build();
  }

  @Property(tries = 40)
  void withNothingMissingEveryPolicyGivesTheResultOfZero(@ForAll long seed, @ForAll MissingPolicy policy,
      @ForAll Rounding rounding) {
    CompiledRuleset zero = CompiledRuleset.compile(withPolicy(MissingPolicy.ZERO, rounding));
    CompiledRuleset other = CompiledRuleset.compile(withPolicy(policy, rounding));
    // value by value (a presence bitmap, full at every subject) and as whole columns (no bitmap)
    InputColumns bitmap = sparse(zero, seed, 100);
    Assessment expected = zero.evaluate(Fixtures.randomInputs(zero, TREE, seed));
    Assessment got = other.evaluate(bitmap);
    for (int pos : SUBJECTS) {
      OrgUnitId u = TREE.id(pos);
      assertThat(got.total(pos)).isEqualTo(expected.total(pos));
      assertThat(got.gradeIndex(pos)).isEqualTo(expected.gradeIndex(pos));
      assertThat(got.cutByQuota(u)).isEqualTo(expected.cutByQuota(u));
      assertThat(got.vetoes(u)).isEqualTo(expected.vetoes(u));
      assertThat(got.missing(u)).isEmpty();
      assertThat(got.disqualifiedForMissing(u)).isFalse();
    }
    assertThat(got.missingCounts().values()).containsOnly(0);
    Explanation e = got.explain(TREE.id(SUBJECTS[0]));
    assertThat(e.missing()).isEmpty();
    assertThat(e.rescaling()).isEmpty();
    assertThat(e.nodes()).isEqualTo(expected.explain(TREE.id(SUBJECTS[0])).nodes());
  }

  @Property(tries = 60)
  void excludeNeverGivesATotalAboveTheFullScore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int present,
      @ForAll Rounding rounding, @ForAll boolean floors) {
    CompiledRuleset c = CompiledRuleset.compile(withPolicy(MissingPolicy.EXCLUDE, rounding, floors));
    Assessment a = c.evaluate(sparse(c, seed, present));
    long[][] bonus = a.bonusPoints();
    for (int pos : SUBJECTS) {
      long beforeBonus = a.total(pos);
      for (long[] b : bonus) {
        beforeBonus -= b[pos];
      }
      if (!a.vetoes(TREE.id(pos)).stream().anyMatch(v -> v.effect() == org.grassroots.rules.Veto.Effect.ZERO_TOTAL)) {
        assertThat(beforeBonus).isBetween(0L, of(100));
      }
      Explanation e = a.explain(TREE.id(pos));
      assertThat(e.recomputeTotal()).isEqualTo(a.total(pos));
      assertThat(e.rescaling().isPresent()).isEqualTo(e.nodes().stream().anyMatch(s -> !s.passed()));
    }
    // the counts are the units without a value, input by input
    a.missingCounts().forEach((id, n) -> {
      long counted = 0;
      for (int pos : SUBJECTS) {
        if (a.missing(TREE.id(pos)).contains(id)) {
          counted++;
        }
      }
      assertThat(n.longValue()).isEqualTo(counted);
    });
  }

  @Property(tries = 60)
  void aRefusedAssessmentReturnsNothingAndCountsWhatIsMissing(@ForAll long seed,
      @ForAll @IntRange(min = 90, max = 100) int present) {
    CompiledRuleset c = CompiledRuleset.compile(withPolicy(MissingPolicy.REFUSE, Rounding.HALF_UP));
    InputColumns in = sparse(c, seed, present);
    long missing = 0;
    List<IndicatorId> measured = new ArrayList<>();
    c.ruleset().indicators().forEach(i -> i.forEach(n -> {
      if (n.isItem()) {
        measured.add(n.id());
      }
    }));
    c.ruleset().inputs().forEach(i -> measured.add(i.id()));
    for (IndicatorId id : measured) {
      for (int pos : SUBJECTS) {
        if (!in.isPresent(id, pos)) {
          missing++;
        }
      }
    }
    if (missing == 0) {
      assertThat(c.evaluate(in).missingCounts().values()).containsOnly(0);
      return;
    }
    long expected = missing;
    assertThatThrownBy(() -> c.evaluate(in)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.key()).isEqualTo("missing.refused");
      assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains(" " + expected + " such value(s)");
    });
  }

  @Property(tries = 40)
  void aDisqualifiedUnitGetsNoGradeAndQuotasStillHold(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 100) int present) {
    CompiledRuleset c = CompiledRuleset.compile(withPolicy(MissingPolicy.DISQUALIFY, Rounding.HALF_UP));
    Assessment a = c.evaluate(sparse(c, seed, present));
    int[] excellentPerStreet = new int[TREE.size()];
    for (int pos : SUBJECTS) {
      OrgUnitId u = TREE.id(pos);
      boolean anyMissing = !a.missing(u).isEmpty();
      assertThat(a.disqualifiedForMissing(u)).isEqualTo(anyMissing);
      if (anyMissing) {
        assertThat(a.grade(u)).isEmpty();
        assertThat(a.cutByQuota(u)).isFalse();
      }
      if (a.gradeIndex(pos) == 0) {
        excellentPerStreet[TREE.parent(pos)]++;
      }
    }
    for (int n : excellentPerStreet) {
      assertThat(n).isLessThanOrEqualTo(12 / 5); // 20% of 12, floor
    }
  }
}
