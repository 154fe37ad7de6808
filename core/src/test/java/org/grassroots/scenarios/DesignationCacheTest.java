package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.assessment.Designations;
import org.grassroots.scenarios.programs.DesignationCache;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Ruleset;

/** The shared compiled designations: each ruleset compiled once, results those of a fresh evaluation. */
class DesignationCacheTest {

  @Example
  void equalRulesetsCompileOnceAndTheSameInputsReuseTheRatings() {
    DesignationCache cache = new DesignationCache();
    TreeSnapshot tree = ScenarioFixture.tree();
    InputColumns in = ScenarioFixture.inputs(tree, 7);
    Ruleset one = ScenarioFixture.ruleset(true);
    Ruleset equal = ScenarioFixture.ruleset(true);
    assertThat(equal).isNotSameAs(one).isEqualTo(one);
    assertThat(cache.compiled(equal)).isSameAs(cache.compiled(one));
    Designations.Result r = cache.evaluate(one, in);
    assertThat(cache.evaluate(equal, in)).isSameAs(r);
    InputColumns other = ScenarioFixture.inputs(tree, 7); // equal content, another snapshot object: evaluated again
    Designations.Result again = cache.evaluate(one, other);
    assertThat(again).isNotSameAs(r);
    for (int d = 0; d < 3; d++) {
      assertThat(again.count(d)).isEqualTo(r.count(d));
    }
    assertThatThrownBy(() -> cache.evaluate(null, in)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rules");
    assertThatThrownBy(() -> cache.evaluate(one, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("inputs");
  }

  @Property(tries = 40)
  void aCachedEvaluationEqualsAFreshOne(@ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @IntRange(min = 40, max = 95) int line, @ForAll @IntRange(min = 1, max = 3) int repeats) {
    DesignationCache cache = new DesignationCache();
    InputColumns in = ScenarioFixture.inputs(ScenarioFixture.tree(), seed);
    for (int k = 0; k < repeats; k++) { // the same line again, and the lines beside it, share the cache
      for (int moved = line - 1; moved <= line + 1; moved++) {
        Ruleset r = RulesetParameter.parse("grades[A].minTotal").apply(ScenarioFixture.ruleset(true), Fixed.of(moved));
        Designations.Result cached = cache.evaluate(r, in);
        Designations.Result fresh = Designations.compile(r).evaluate(in);
        for (int d = 0; d < 3; d++) {
          for (int pos : fresh.assessment(d).subjects()) {
            assertThat(cached.holds(d, pos)).isEqualTo(fresh.holds(d, pos));
            assertThat(cached.assessment(d).total(pos)).isEqualTo(fresh.assessment(d).total(pos));
          }
        }
      }
    }
  }

  /**
   * Ratings too large to keep (a whole country) are reused while something else holds them — as a
   * baseline's outcome does — and are not kept alive by the cache.
   */
  @Example
  void ratingsTooLargeToKeepAreReusedWhileHeldElsewhereAndNotKeptAlive() throws InterruptedException {
    TreeSnapshot.Builder b = TreeSnapshot.builder(90_012);
    b.add(OrgUnitId.of("d"), null, OrgKind.DISTRICT);
    for (int s = 0; s < 10; s++) {
      b.add(OrgUnitId.of("s" + s), OrgUnitId.of("d"), OrgKind.STREET);
      for (int c = 0; c < 9_000; c++) {
        b.add(OrgUnitId.of("c" + s + "-" + c), OrgUnitId.of("s" + s), OrgKind.COMMUNITY);
      }
    }
    TreeSnapshot tree = b.build();
    InputColumns in = ScenarioFixture.inputs(tree, 7);
    Ruleset rules = ScenarioFixture.ruleset(true);
    assertThat((long) tree.size() * Designations.compile(rules).designations().size())
        .isGreaterThan(DesignationCache.MAX_KEPT_UNITS);
    DesignationCache cache = new DesignationCache();
    Designations.Result held = cache.evaluate(rules, in);
    assertThat(cache.evaluate(ScenarioFixture.ruleset(true), in)).isSameAs(held);
    WeakReference<Designations.Result> probe = new WeakReference<>(held);
    held = null;
    for (int k = 0; k < 50 && probe.get() != null; k++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(probe.get()).as("the cache alone does not keep large ratings alive").isNull();
    Designations.Result again = cache.evaluate(rules, in);
    assertThat(again).isNotNull();
    assertThat(cache.evaluate(rules, in)).isSameAs(again);
  }
}
