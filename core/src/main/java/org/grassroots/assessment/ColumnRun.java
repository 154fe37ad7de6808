package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.MissingPolicy;

/**
 * The passes of one evaluation (逐列评估), in order: sub-items (one column per call, per scoring
 * method), categories and the total (bottom up), rescaling for excluded sub-items, bonuses, then for
 * each unit the {@link Decisions} (total, vetoes, grade), then the quotas. Column work that does not
 * depend on other columns runs as tasks on the caller's executor.
 */
final class ColumnRun {
  /**
   * The units decided together: a block's intermediate results (conditions held, units still
   * without a grade) are small arrays that stay in the processor's cache between the passes.
   */
  private static final int BLOCK = 4096;

  private ColumnRun() {}

  static Assessment run(CompiledRuleset rules, CompiledPlan plan, InputColumns columns, Assessment previous,
      Executor executor) {
    Check.notNull("columns", columns);
    Check.notNull("executor", executor);
    for (IndicatorId id : columns.indicators()) {
      Check.that(plan.slotOf.containsKey(id), "assessment.unknownInput", "columns", id, plan.ruleset.ref());
    }
    TreeSnapshot tree = columns.tree();
    int n = tree.size();
    int[] subjects = tree.positionsOf(plan.ruleset.subjectKind());
    long[] zeros = new long[n];
    long[][] in = new long[plan.slotIds.size()][];
    long[] carried = previous == null ? null : carriedTotals(previous, tree, subjects);
    for (int s = 0; s < in.length; s++) {
      in[s] = plan.carrySlot[s] && carried != null ? carried : columns.column(plan.slotIds.get(s)).orElse(zeros);
    }
    long[][][] sub = SubPeriodColumns.of(plan, columns, zeros);
    MissingValues missing = MissingValues.of(plan, columns, subjects, carried != null);
    Decisions decide = new Decisions(plan, missing);
    RunState st = new RunState(tree, subjects, in, plan.peers.size(), columns.period(), sub);
    for (PeerGroupColumn p : plan.peers) {
      p.prepare(st);
    }
    Frame f = Frame.allocatedByColumn(plan.nodeCount, n);
    long[][] bonusPoints = new long[plan.bonuses.length][];
    List<Runnable> columnTasks = new ArrayList<>();
    for (int node : plan.items) {
      columnTasks.add(() -> items(plan, decide, node, st, missing, f.column(node)));
    }
    for (int b = 0; b < bonusPoints.length; b++) {
      int bonus = b;
      columnTasks.add(() -> {
        long[] out = new long[n];
        plan.bonusColumn[bonus].scoreColumn(in[plan.bonusSlot[bonus]], subjects, st, out);
        bonusPoints[bonus] = out;
      });
    }
    runAll(columnTasks, executor);
    for (int node : plan.categoriesBottomUp) {
      category(plan, node, st, f);
    }
    if (missing.excluded() != null) {
      long[] before = f.scores[0];
      for (int pos : subjects) {
        before[pos] = decide.rescaled(before[pos], missing.excluded()[pos]);
      }
    }
    long[] vetoMask = new long[n];
    int[] grade = new int[n];
    java.util.Arrays.fill(grade, -1);
    int[] exempt = plan.exemptions.length == 0 ? null : new int[n];
    List<Runnable> unitTasks = new ArrayList<>();
    int slice = Math.max(1 << 14, subjects.length / 8 + 1);
    for (int from = 0; from < subjects.length; from += slice) {
      int start = from;
      int end = Math.min(subjects.length, from + slice);
      unitTasks.add(() -> units(decide, subjects, start, end, st, f, bonusPoints, vetoMask, grade, exempt));
    }
    runAll(unitTasks, executor);
    QuotaPass.Outcome quota = QuotaPass.apply(plan, decide, st, f, vetoMask, grade, exempt);
    return new Assessment(rules, columns.period(), st, f, bonusPoints, vetoMask, grade, quota, missing, exempt);
  }

  /** The points of sub-item {@code node} for every subject: scored, then held within floor and cap. */
  private static void items(CompiledPlan plan, Decisions decide, int node, RunState st, MissingValues missing,
      long[] out) {
    int slot = plan.inputSlot[node];
    plan.column[node].scoreColumn(st.in[slot], st.subjects, st, out);
    long[] present = missing.present()[slot];
    if (present != null && plan.slotPolicy[slot] == MissingPolicy.EXCLUDE) {
      for (int pos : st.subjects) { // an excluded sub-item scores nothing, whatever its floor
        out[pos] = decide.itemPoints(node, out[pos], (present[pos >>> 6] & (1L << pos)) == 0);
      }
      return;
    }
    long lo = plan.floor[node];
    long hi = plan.cap[node];
    if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
      return;
    }
    for (int pos : st.subjects) {
      out[pos] = Math.min(Math.max(out[pos], lo), hi);
    }
  }

  /**
   * The points of category (or total) {@code node} for every subject: the sum of the children's
   * columns (a weighted category unit by unit, by {@link CompiledPlan#categoryRaw}), then held
   * within floor and cap; every other position keeps the 0 of a fresh column. Up to four child
   * columns are added per pass: over the subjects' {@link Span} when they have one (no indirection,
   * then the floor and cap, then the gaps put back to 0), else over the subjects, the floor and cap
   * applied in the last pass.
   */
  static void category(CompiledPlan plan, int node, RunState st, Frame f) {
    int[] subjects = st.subjects;
    long[] out = f.column(node);
    long lo = plan.floor[node];
    long hi = plan.cap[node];
    if (plan.weighted[node]) {
      for (int pos : subjects) {
        out[pos] = plan.limit(node, plan.categoryRaw(node, pos, f));
      }
      return;
    }
    int[] kids = plan.children[node];
    Span span = st.span();
    if (span != null) {
      sumOverSpan(f, kids, span.first(), span.end(), lo, hi, out);
      for (int gap : span.gaps()) { // what lies between the subjects keeps its fresh 0
        out[gap] = 0;
      }
      return;
    }
    int k = 0;
    for (; kids.length - k > 4; k += 4) { // out starts at 0: a fresh column
      long[] a = f.scores[kids[k]];
      long[] b = f.scores[kids[k + 1]];
      long[] c = f.scores[kids[k + 2]];
      long[] d = f.scores[kids[k + 3]];
      for (int pos : subjects) {
        out[pos] += a[pos] + b[pos] + c[pos] + d[pos];
      }
    }
    long[] a = kids.length - k > 0 ? f.scores[kids[k]] : null;
    long[] b = kids.length - k > 1 ? f.scores[kids[k + 1]] : null;
    long[] c = kids.length - k > 2 ? f.scores[kids[k + 2]] : null;
    long[] d = kids.length - k > 3 ? f.scores[kids[k + 3]] : null;
    switch (kids.length - k) {
      case 4 -> {
        for (int pos : subjects) {
          out[pos] = Math.min(Math.max(out[pos] + a[pos] + b[pos] + c[pos] + d[pos], lo), hi);
        }
      }
      case 3 -> {
        for (int pos : subjects) {
          out[pos] = Math.min(Math.max(out[pos] + a[pos] + b[pos] + c[pos], lo), hi);
        }
      }
      case 2 -> {
        for (int pos : subjects) {
          out[pos] = Math.min(Math.max(out[pos] + a[pos] + b[pos], lo), hi);
        }
      }
      case 1 -> {
        for (int pos : subjects) {
          out[pos] = Math.min(Math.max(out[pos] + a[pos], lo), hi);
        }
      }
      default -> {
        for (int pos : subjects) { // no child: 0 within floor and cap
          out[pos] = Math.min(Math.max(out[pos], lo), hi);
        }
      }
    }
  }

  /**
   * {@link #category}'s sum over every position of {@code [first, end)}, subjects or not, in loops
   * without indirection: up to four child columns per pass, then the floor and cap (exactly {@code
   * min(max(v, floor), cap)}, computed only where {@code v} lies outside them).
   */
  private static void sumOverSpan(Frame f, int[] kids, int first, int end, long lo, long hi, long[] out) {
    int k = 0;
    for (; kids.length - k >= 4; k += 4) { // out starts at 0: a fresh column
      long[] a = f.scores[kids[k]];
      long[] b = f.scores[kids[k + 1]];
      long[] c = f.scores[kids[k + 2]];
      long[] d = f.scores[kids[k + 3]];
      for (int pos = first; pos < end; pos++) {
        out[pos] += a[pos] + b[pos] + c[pos] + d[pos];
      }
    }
    switch (kids.length - k) {
      case 3 -> {
        long[] a = f.scores[kids[k]];
        long[] b = f.scores[kids[k + 1]];
        long[] c = f.scores[kids[k + 2]];
        for (int pos = first; pos < end; pos++) {
          out[pos] += a[pos] + b[pos] + c[pos];
        }
      }
      case 2 -> {
        long[] a = f.scores[kids[k]];
        long[] b = f.scores[kids[k + 1]];
        for (int pos = first; pos < end; pos++) {
          out[pos] += a[pos] + b[pos];
        }
      }
      case 1 -> {
        long[] a = f.scores[kids[k]];
        for (int pos = first; pos < end; pos++) {
          out[pos] += a[pos];
        }
      }
      default -> { }
    }
    if (lo != Long.MIN_VALUE || hi != Long.MAX_VALUE) {
      for (int pos = first; pos < end; pos++) { // mostly within: read, and written only when held back
        long v = out[pos];
        if (v < lo || v > hi) {
          out[pos] = Math.min(Math.max(v, lo), hi);
        }
      }
    }
  }

  /**
   * Total, exemption, vetoes and the grade before quotas of {@code subjects[from, to)}: the one
   * decision path, a column at a time. An exempted unit ({@code exempt} non-null) keeps its total,
   * fires no veto and gets no grade.
   */
  private static void units(Decisions decide, int[] subjects, int from, int to, RunState st, Frame f,
      long[][] bonusPoints, long[] vetoMask, int[] grade, int[] exempt) {
    for (int start = from; start < to; start += BLOCK) {
      Units u = new Units(subjects, start, Math.min(to, start + BLOCK), 0);
      decide.withBonuses(u, f.scores[0], bonusPoints, f.total);
      Units assessed = exempt == null ? u : decide.exemptions(u, st, f, exempt, Trace.OFF);
      decide.vetoes(assessed, st, f, vetoMask, Trace.OFF);
      decide.grades(0, assessed, st, f, vetoMask, null, null, grade, Trace.OFF);
    }
  }

  /** Runs {@code tasks} on {@code executor} and waits for all; rethrows the first failure as is. */
  static void runAll(List<Runnable> tasks, Executor executor) {
    List<CompletableFuture<Void>> running = new ArrayList<>(tasks.size());
    for (Runnable task : tasks) {
      running.add(CompletableFuture.runAsync(task, executor));
    }
    try {
      CompletableFuture.allOf(running.toArray(new CompletableFuture[0])).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static long[] carriedTotals(Assessment previous, TreeSnapshot tree, int[] subjects) {
    long[] out = new long[tree.size()];
    if (previous.tree() == tree) {
      for (int pos : subjects) {
        out[pos] = previous.total(pos);
      }
      return out;
    }
    for (int pos : subjects) {
      Optional<Integer> p = previous.tree().indexOf(tree.id(pos));
      out[pos] = p.map(previous::total).orElse(0L);
    }
    return out;
  }
}
