package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.MissingPolicy;

/**
 * The one decision path (判定): what bonuses add, which vetoes fire, which gates and grades hold,
 * what missing values do to a unit and whether a quota cut it. The column run calls these for every
 * unit with {@link Trace#OFF}; the {@link Explainer} calls the same methods for one unit with a
 * recording tracer, which also receives one {@link Explanation.Step} per bonus, veto and grade
 * tried — so an explanation cannot drift from the evaluation.
 *
 * <p>Indices: {@code pos} is the unit's position in the input columns; {@code at} its index in the
 * {@link Frame} and in per-unit result arrays (the same in a column run, 0 when explained).
 */
final class Decisions {
  private final CompiledPlan plan;
  private final MissingValues missing;

  /** The decisions of one run, whose missing values are {@code missing}. */
  Decisions(CompiledPlan plan, MissingValues missing) {
    this.plan = plan;
    this.missing = missing;
  }

  /**
   * The totals after bonuses of the units of {@code u}: {@code before} plus every bonus's points,
   * at each unit's frame index.
   */
  void withBonuses(Units u, long[] before, long[][] bonusPoints, long[] total) {
    for (int i = u.from(); i < u.to(); i++) {
      int at = u.pos()[i] - u.shift();
      total[at] = before[at];
    }
    for (long[] points : bonusPoints) {
      for (int i = u.from(); i < u.to(); i++) {
        int at = u.pos()[i] - u.shift();
        total[at] = Math.addExact(total[at], points[at]);
      }
    }
  }

  /**
   * The first exemption whose condition holds for each unit of {@code u} (免于考核), or -1, into
   * {@code exempt[at]}: such a unit is not assessed. Each exemption is tried on the units no earlier
   * one exempted; with a recording tracer, one step per exemption tried.
   *
   * @return the units not exempted
   */
  Units exemptions(Units u, RunState st, Frame f, int[] exempt, Trace t) {
    Units open = u;
    for (int i = u.from(); i < u.to(); i++) {
      exempt[u.pos()[i] - u.shift()] = -1;
    }
    for (int e = 0; e < plan.exemptions.length && open.size() > 0; e++) {
      boolean[] held = new boolean[open.size()];
      plan.exemptionTest[e].column(open, st, f, held, t);
      for (int k = 0; k < held.length; k++) {
        if (held[k]) {
          exempt[open.pos()[open.from() + k] - open.shift()] = e;
        }
        held[k] = !held[k];
      }
      if (t.on()) {
        t.step(Explanation.Step.exemption(plan.exemptions[e].id().value(), plan.exemptions[e].name(), t.take(),
            !held[0]));
      }
      open = open.where(held);
    }
    return open;
  }

  /**
   * The vetoes that fire for each unit of {@code u}, as bits into {@code vetoMask[at]}, and the
   * totals once they are applied; with a recording tracer, one step per veto.
   */
  void vetoes(Units u, RunState st, Frame f, long[] vetoMask, Trace t) {
    for (int i = u.from(); i < u.to(); i++) {
      vetoMask[u.pos()[i] - u.shift()] = 0;
    }
    boolean[] fired = new boolean[u.size()];
    for (int v = 0; v < plan.vetoes.length; v++) {
      plan.vetoTest[v].column(u, st, f, fired, t);
      for (int i = u.from(); i < u.to(); i++) {
        vetoMask[u.pos()[i] - u.shift()] |= (fired[i - u.from()] ? 1L : 0L) << v;
      }
      if (t.on()) {
        t.step(Explanation.Step.veto(plan.vetoes[v].id().value(), plan.vetoes[v].name(),
            plan.vetoes[v].effect().name(), t.take(), fired[0]));
      }
    }
    for (int i = u.from(); i < u.to(); i++) {
      int at = u.pos()[i] - u.shift();
      f.total[at] = (vetoMask[at] & plan.zeroingVetoes) != 0 ? 0 : f.total[at];
    }
  }

  /**
   * The grade given to each unit of {@code u}, into {@code grade[at]}, trying grades from {@code
   * from} best first: the first the unit qualifies for (minimum total, gates, no blocking veto), is
   * not disqualified for missing values, and was not cut from by a quota ({@code cut[at]}: the bits
   * of the quotas that cut the unit so far; null for none); -1 for none. Grade by grade over the
   * units still without one: first the per-unit tests in one pass (which gives a grade without
   * gates), then, with {@link Trace#OFF}, the gates over the units that passed them; with a recording
   * tracer (one unit) every test is shown, in the order minimum total, gates, blocking vetoes,
   * missing values, quotas.
   *
   * @param quota the quota outcome, read only to trace places and limits (null in column runs)
   */
  void grades(int from, Units u, RunState st, Frame f, long[] vetoMask, long[] cut, QuotaPass.Outcome quota,
      int[] grade, Trace t) {
    for (int i = u.from(); i < u.to(); i++) {
      grade[u.pos()[i] - u.shift()] = -1;
    }
    Units open = u;
    for (int g = from; g < plan.grades.length && open.size() > 0; g++) {
      ConditionTest.Admitted min = minTotal(g);
      long blocking = plan.vetoesBlocking[g];
      long covering = plan.quotasCovering[g];
      int[] pos = open.pos();
      if (!t.on() && plan.gradeGates[g].length == 0) { // no gate: the unit's own tests decide, in one pass
        int left = 0;
        int[] next = new int[open.size()];
        for (int i = open.from(); i < open.to(); i++) {
          int at = pos[i] - open.shift();
          boolean pass = passes(min, blocking, pos[i], at, f, vetoMask) & (cut == null || (cut[at] & covering) == 0);
          grade[at] = pass ? g : grade[at];
          next[left] = pos[i];
          left += pass ? 0 : 1;
        }
        open = new Units(next, 0, left, open.shift());
        continue;
      }
      boolean[] ok = new boolean[open.size()];
      int passed = 0;
      for (int i = open.from(); i < open.to(); i++) {
        int at = pos[i] - open.shift();
        boolean pass = passes(min, blocking, pos[i], at, f, vetoMask) & (cut == null || (cut[at] & covering) == 0);
        ok[i - open.from()] = pass;
        passed += pass ? 1 : 0;
      }
      if (t.on()) { // one unit: every test shown, in order
        int one = pos[open.from()];
        int at = one - open.shift();
        boolean gatesHold = traceTests(g, one, at, st, f, vetoMask[at], t);
        if (missing.disqualifiedAt(one)) {
          traceDisqualified(one, st, t);
        }
        if (passes(min, blocking, one, at, f, vetoMask) && gatesHold) {
          traceQuotas(g, one, cut == null ? 0 : cut[at], quota, t);
        }
        ok[0] &= gatesHold;
        t.step(Explanation.Step.grade(plan.grades[g].id().value(), plan.grades[g].name(), t.take(), ok[0]));
      } else if (plan.gradeGates[g].length > 0 && passed > 0) {
        Units candidates = open.where(ok);
        for (ConditionTest gate : plan.gradeGates[g]) {
          boolean[] held = new boolean[candidates.size()];
          gate.column(candidates, st, f, held, t);
          candidates = candidates.where(held);
        }
        java.util.Arrays.fill(ok, false);
        for (int i = candidates.from(); i < candidates.to(); i++) {
          grade[candidates.pos()[i] - candidates.shift()] = g;
        }
        ok = null;
      }
      int left = 0;
      int[] next = new int[open.size()];
      for (int i = open.from(); i < open.to(); i++) { // without a branch on the units' outcomes
        int at = pos[i] - open.shift();
        if (ok != null) {
          grade[at] = ok[i - open.from()] ? g : grade[at];
        }
        next[left] = pos[i];
        left += grade[at] >>> 31; // still without a grade
      }
      open = new Units(next, 0, left, open.shift());
    }
  }

  /** The totals grade {@code g}'s minimum total admits (none: every total), as one branch-free test. */
  private ConditionTest.Admitted minTotal(int g) {
    return admittedFromAbove(plan.grades[g].minTotal().orElse(null));
  }

  /** What {@code min} admits taken as a lower bound ({@link Bound#admitsFromAbove}); null: every value. */
  static ConditionTest.Admitted admittedFromAbove(Bound min) {
    return min == null ? ConditionTest.Admitted.by(Comparison.AT_MOST, Long.MAX_VALUE)
        : ConditionTest.Admitted.by(min.boundary() == Boundary.INCLUSIVE ? Comparison.AT_LEAST : Comparison.ABOVE,
            min.value());
  }

  /**
   * The unit's own tests of a grade: its total admitted by {@code min}, no fired veto in {@code
   * blocking}, not disqualified for a missing value.
   */
  private boolean passes(ConditionTest.Admitted min, long blocking, int pos, int at, Frame f, long[] vetoMask) {
    return min.test(f.total[at]) & (vetoMask[at] & blocking) == 0 & !missing.disqualifiedAt(pos);
  }

  /**
   * The facts of grade {@code g}'s tests for one unit — minimum total, each gate (decided by its
   * column code, every part shown), blocking vetoes — and whether all its gates hold.
   */
  private boolean traceTests(int g, int pos, int at, RunState st, Frame f, long vetoMask, Trace t) {
    if (plan.grades[g].minTotal().isPresent()) {
      Bound min = plan.grades[g].minTotal().get();
      t.fact("assessment.trace.minTotal", f.total[at], min.boundary() == Boundary.INCLUSIVE ? "≥" : ">",
          min.value(), Trace.yes(min.admitsFromAbove(f.total[at])));
    }
    boolean gatesHold = true;
    ConditionTest[] gates = plan.gradeGates[g];
    for (int k = 0; k < gates.length; k++) {
      t.fact("assessment.trace.gate", plan.gradeGateRules[g][k].id(), plan.gradeGateRules[g][k].name());
      boolean[] pass = new boolean[1];
      gates[k].column(new Units(new int[] {pos}, 0, 1, pos - at), st, f, pass, t);
      t.fact("assessment.trace.gateResult", plan.gradeGateRules[g][k].id(), Trace.yes(pass[0]));
      gatesHold &= pass[0];
    }
    long blocked = vetoMask & plan.vetoesBlocking[g];
    for (int v = 0; v < plan.vetoes.length; v++) {
      if ((blocked & (1L << v)) != 0) {
        t.fact("assessment.trace.disqualified", plan.vetoes[v].id(), plan.vetoes[v].name());
      }
    }
    return gatesHold;
  }

  /** The facts of the quotas covering grade {@code g} that placed the unit ({@code cut}: the bits of those that cut it). */
  private void traceQuotas(int g, int pos, long cut, QuotaPass.Outcome quota, Trace t) {
    for (int q = 0; q < plan.quotas.length; q++) {
      if ((plan.quotasCovering[g] & (1L << q)) == 0 || quota == null || quota.place()[q] == null
          || quota.place()[q][pos] <= 0) {
        continue;
      }
      boolean advisory = plan.quotas[q].enforcement() == org.grassroots.rules.Quota.Enforcement.ADVISORY;
      t.fact(advisory ? "assessment.trace.quotaAdvisory"
          : (cut & (1L << q)) != 0 ? "assessment.trace.quotaCut" : "assessment.trace.quotaKept", plan.quotas[q].id(),
          quota.place()[q][pos], quota.groupSize()[q][pos], quota.limit()[q][pos], plan.quotas[q].tieBreak().mode(),
          QuotaPass.limitRule(plan.quotas[q], quota.groupSize()[q][pos]));
    }
  }

  private void traceDisqualified(int pos, RunState st, Trace t) {
    List<String> which = new ArrayList<>();
    for (int s = 0; s < plan.slotIds.size(); s++) {
      if (plan.measured[s] && plan.slotPolicy[s] == MissingPolicy.DISQUALIFY && missing.isMissing(s, pos)) {
        which.add(plan.slotIds.get(s).value());
      }
    }
    if (which.isEmpty()) {
      t.fact("missing.trace.nothingLeft");
    } else {
      t.fact("missing.trace.disqualified", String.join(", ", which));
    }
  }

  /**
   * The total before bonuses of a unit whose excluded sub-items hold {@code excluded} of the full
   * score F: {@code scored × F / (F − excluded)} by the declared rounding, cut at F (and the total
   * cap); 0 when nothing is left; {@code scored} itself when nothing is excluded.
   */
  long rescaled(long scored, long excluded) {
    if (excluded == 0) {
      return scored;
    }
    long possible = plan.fullScore - excluded;
    if (possible <= 0) {
      return 0;
    }
    return Math.min(plan.rescaleRounding.divide(Math.multiplyExact(scored, plan.fullScore), possible), plan.rescaleCut);
  }

  /** The points of a sub-item: 0 when excluded for a missing value, else its raw points within its floor and cap. */
  long itemPoints(int node, long raw, boolean excluded) {
    return excluded ? 0 : plan.limit(node, raw);
  }
}
