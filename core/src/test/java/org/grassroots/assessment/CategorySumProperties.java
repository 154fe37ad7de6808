package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;

/**
 * The category and total columns of a run ({@link ColumnRun#category}: over the subjects' {@link
 * Span} when they have one, else through the subjects) against the sum read literally, position by
 * position: at a subject the children's points added (weighted and rounded for a weighted category)
 * and held within floor and cap, everywhere else 0 — with children columns that hold values between
 * the subjects too, and floors above 0 and caps below it, so that a gap left as the span's loop
 * wrote it shows. And {@link Span#of} itself: every position of the stretch a subject or a gap,
 * null when the subjects are not ascending or the gaps too many.
 */
class CategorySumProperties {

  @Property(tries = 200)
  void categoryColumnsEqualTheSumReadLiterallyAtEveryPosition(@ForAll long seed) {
    Random rnd = new Random(seed);
    TreeSnapshot tree = Fixtures.streets(1 + rnd.nextInt(4), rnd.nextInt(14));
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    CompiledPlan plan = CompiledRuleset.compile(EngineProperties.ruleset(rnd, false)).plan();
    for (int node : plan.categoriesBottomUp) { // floors and caps of every sign, or none
      long a = rnd.nextInt(5) == 0 ? Long.MIN_VALUE : (rnd.nextInt(9) - 3) * 10_000L;
      long b = rnd.nextInt(5) == 0 ? Long.MAX_VALUE : (rnd.nextInt(9) - 3) * 10_000L;
      plan.floor[node] = Math.min(a, b);
      plan.cap[node] = Math.max(a, b);
    }
    Frame f = Frame.allocatedByColumn(plan.nodeCount, tree.size());
    for (int node : plan.items) {
      long[] column = f.column(node);
      for (int pos = 0; pos < column.length; pos++) { // between the subjects as well
        column[pos] = (rnd.nextInt(11) - 5) * 5_000L;
      }
    }
    Frame literal = Frame.allocatedByColumn(plan.nodeCount, tree.size());
    for (int node : plan.items) {
      literal.scores[node] = f.scores[node].clone();
    }
    RunState st = new RunState(tree, subjects, new long[0][], 0);
    boolean subject[] = new boolean[tree.size()];
    for (int pos : subjects) {
      subject[pos] = true;
    }
    for (int node : plan.categoriesBottomUp) {
      ColumnRun.category(plan, node, st, f);
      long[] expected = literal.column(node);
      for (int pos = 0; pos < expected.length; pos++) {
        expected[pos] = subject[pos] ? plan.limit(node, plan.categoryRaw(node, pos, literal)) : 0;
      }
      assertThat(f.scores[node]).as("node %s over %s subjects", plan.nodeId[node], subjects.length)
          .containsExactly(expected);
    }
  }

  @Property(tries = 300)
  void aSpanHoldsEverySubjectAndNamesEveryGap(@ForAll long seed) {
    Random rnd = new Random(seed);
    int count = rnd.nextInt(40);
    TreeSet<Integer> set = new TreeSet<>();
    int start = rnd.nextInt(5);
    int density = 2 + rnd.nextInt(12); // one position in density on average is a gap
    for (int pos = start; set.size() < count; pos++) {
      if (rnd.nextInt(density) == 0 && !set.isEmpty()) {
        continue;
      }
      set.add(pos);
    }
    int[] subjects = set.stream().mapToInt(Integer::intValue).toArray();
    Span span = Span.of(subjects);
    if (subjects.length == 0) {
      assertThat(span).isNull();
      return;
    }
    int first = subjects[0];
    int end = subjects[subjects.length - 1] + 1;
    List<Integer> gaps = new ArrayList<>();
    for (int pos = first; pos < end; pos++) {
      if (!set.contains(pos)) {
        gaps.add(pos);
      }
    }
    if (gaps.size() * 4 > subjects.length) {
      assertThat(span).as("too many gaps: %s", gaps).isNull();
    } else {
      assertThat(span).isNotNull();
      assertThat(span.first()).isEqualTo(first);
      assertThat(span.end()).isEqualTo(end);
      assertThat(span.gaps()).containsExactly(gaps.stream().mapToInt(Integer::intValue).toArray());
    }
    if (subjects.length > 1) { // out of order or repeated: no stretch
      int[] swapped = subjects.clone();
      int i = rnd.nextInt(swapped.length - 1);
      int t = swapped[i];
      swapped[i] = swapped[i + 1];
      swapped[i + 1] = t;
      assertThat(Span.of(swapped)).isNull();
      int[] repeated = Arrays.copyOf(subjects, subjects.length + 1);
      repeated[subjects.length] = subjects[subjects.length - 1];
      assertThat(Span.of(repeated)).isNull();
    }
  }
}
