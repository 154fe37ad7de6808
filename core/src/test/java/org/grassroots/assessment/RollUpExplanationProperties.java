package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

class RollUpExplanationProperties {
  private static final CompiledRuleset CITY = CompiledRuleset.compile(Fixtures.cityBaseline());

  /** A random forest; members (communities) may have children of their own. */
  static TreeSnapshot randomTree(Random rnd, int size) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(size);
    for (int i = 0; i < size; i++) {
      OrgUnitId parent = i == 0 || rnd.nextInt(10) == 0 ? null : OrgUnitId.of("u" + rnd.nextInt(i));
      b.add(OrgUnitId.of("u" + i), parent, rnd.nextBoolean() ? OrgKind.COMMUNITY : OrgKind.STREET);
    }
    return b.build();
  }

  @Property(tries = 300)
  void everyUnitsExplanationRecomputesItsSumMeanAndWeightedMean(
      @ForAll @IntRange(min = 1, max = 120) int size, @ForAll long seed, @ForAll Rounding rounding) {
    Random rnd = new Random(seed);
    TreeSnapshot tree = randomTree(rnd, size);
    long[] values = new long[tree.size()];
    long[] weights = new long[tree.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = rnd.nextInt(2_000_000) - 1_000_000;
      weights[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(50_000);
    }
    int[] members = tree.positionsOf(OrgKind.COMMUNITY);
    RollUp.Column sum = RollUp.sum(tree, values, members);
    RollUp.Column mean = RollUp.mean(tree, values, members, rounding);
    RollUp.Column weighted = RollUp.weightedMean(tree, values, weights, members, rounding);
    for (int i = 0; i < tree.size(); i++) {
      OrgUnitId unit = tree.id(i);
      if (sum.count(i) == 0) {
        assertThatThrownBy(() -> RollUp.explainSum(tree, "v", values, members, unit))
            .isInstanceOf(InvalidInputException.class);
        continue;
      }
      RollUpExplanation s = RollUp.explainSum(tree, "v", values, members, unit);
      RollUpExplanation m = RollUp.explainMean(tree, "v", values, members, rounding, unit);
      RollUpExplanation w = RollUp.explainWeightedMean(tree, "v", values, weights, members, rounding, unit);
      assertThat(s.value()).isEqualTo(sum.value(i)).isEqualTo(s.recompute());
      assertThat(m.value()).isEqualTo(mean.value(i)).isEqualTo(m.recompute());
      assertThat(w.value()).isEqualTo(weighted.value(i)).isEqualTo(w.recompute());
      assertThat(s.count()).isEqualTo(sum.count(i));
      for (RollUpExplanation.Part p : w.parts()) {
        int at = tree.require(p.unit());
        assertThat(p.own() ? at : tree.parent(at)).isEqualTo(i);
        // each part holds exactly the members of its subtree (only the unit itself when own)
        long products = 0;
        long weight = 0;
        int count = 0;
        for (int q : members) {
          if (p.own() ? q == i : tree.isWithin(q, at)) {
            products += values[q] * weights[q];
            weight += weights[q];
            count++;
          }
        }
        assertThat(p.sum()).isEqualTo(products);
        assertThat(p.weight()).isEqualTo(weight);
        assertThat(p.count()).isEqualTo(count).isPositive();
      }
    }
  }

  @Property(tries = 40)
  void everyAncestorsExplanationRecomputesWhatTheAssessmentReports(
      @ForAll @IntRange(min = 1, max = 4) int streets, @ForAll long seed, @ForAll Rounding rounding) {
    Random rnd = new Random(seed);
    TreeSnapshot.Builder b = TreeSnapshot.builder(64);
    b.add(OrgUnitId.of("D"), null, OrgKind.DISTRICT);
    for (int s = 1; s <= streets; s++) {
      OrgUnitId street = OrgUnitId.of("S" + s);
      b.add(street, OrgUnitId.of("D"), OrgKind.STREET);
      int communities = rnd.nextInt(6); // a street may have none
      for (int c = 1; c <= communities; c++) {
        b.add(OrgUnitId.of(street.value() + "-C" + c), street, OrgKind.COMMUNITY);
      }
    }
    TreeSnapshot tree = b.build();
    Assessment a = CITY.evaluate(Fixtures.randomInputs(CITY, tree, seed));
    Map<String, RollUp.Column> sums = a.sumsToEveryAncestor();
    RollUp.Column meanTotal = a.meanTotal(rounding);
    for (int i = 0; i < tree.size(); i++) {
      OrgUnitId unit = tree.id(i);
      if (meanTotal.count(i) == 0) {
        assertThatThrownBy(() -> a.explainRollUp(unit, "total")).isInstanceOf(InvalidInputException.class);
        continue;
      }
      for (Map.Entry<String, RollUp.Column> column : sums.entrySet()) {
        RollUpExplanation e = a.explainRollUp(unit, column.getKey());
        assertThat(e.value()).isEqualTo(column.getValue().value(i)).isEqualTo(e.recompute());
      }
      RollUpExplanation m = a.explainMeanTotal(unit, rounding);
      assertThat(m.value()).isEqualTo(meanTotal.value(i)).isEqualTo(m.recompute());
      long naive = Arrays.stream(a.subjects()).filter(p -> tree.isWithin(p, tree.require(unit)))
          .mapToLong(a::total).sum();
      assertThat(m.sum()).isEqualTo(naive);
      assertThat(m.text(java.util.Locale.CHINESE)).contains(Fixed.format(m.value()));
    }
  }
}
