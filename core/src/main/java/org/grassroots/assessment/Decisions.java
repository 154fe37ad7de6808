package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Bound;
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

  /** The total after bonuses: {@code before} plus every bonus's points at {@code at}. */
  long withBonuses(long before, long[][] bonusPoints, int at) {
    long total = before;
    for (long[] points : bonusPoints) {
      total = Math.addExact(total, points[at]);
    }
    return total;
  }

  /**
   * The first exemption whose condition holds for the unit (免于考核), or -1: such a unit is not
   * assessed. With a recording tracer, one step per exemption tried.
   */
  int exemption(int pos, int at, RunState st, Frame f, Trace t) {
    for (int e = 0; e < plan.exemptions.length; e++) {
      boolean held = plan.exemptionTest[e].test(pos, at, st, f, t);
      if (t.on()) {
        t.step(Explanation.Step.exemption(plan.exemptions[e].id().value(), plan.exemptions[e].name(), t.take(), held));
      }
      if (held) {
        return e;
      }
    }
    return -1;
  }

  /** The vetoes that fire for the unit, as bits; with a recording tracer, one step per veto. */
  long vetoes(int pos, int at, RunState st, Frame f, Trace t) {
    long mask = 0;
    for (int v = 0; v < plan.vetoes.length; v++) {
      boolean fired = plan.vetoTest[v].test(pos, at, st, f, t);
      if (fired) {
        mask |= 1L << v;
      }
      if (t.on()) {
        t.step(Explanation.Step.veto(plan.vetoes[v].id().value(), plan.vetoes[v].name(),
            plan.vetoes[v].effect().name(), t.take(), fired));
      }
    }
    return mask;
  }

  /** The total once the fired vetoes are applied: 0 if one of them zeroes it. */
  long afterVetoes(long total, long vetoMask) {
    return (vetoMask & plan.zeroingVetoes) != 0 ? 0 : total;
  }

  /**
   * The grade given, trying grades from {@code from} best first: the first the unit qualifies for
   * (minimum total, gates, no blocking veto), is not disqualified for missing values, and was not cut
   * from by a quota ({@code cut}: the bits of the quotas that cut the unit so far); -1 for none.
   *
   * @param quota the quota outcome, read only to trace places and limits (null in column runs)
   */
  int grade(int from, int pos, int at, RunState st, Frame f, long vetoMask, long cut, QuotaPass.Outcome quota,
      Trace t) {
    boolean disqualified = missing.disqualifiedAt(pos);
    for (int g = from; g < plan.grades.length; g++) {
      boolean ok = qualifies(g, pos, at, st, f, vetoMask, t);
      if (disqualified) {
        ok = false;
        if (t.on()) {
          traceDisqualified(pos, st, t);
        }
      }
      if (ok) {
        for (int q = 0; q < plan.quotas.length; q++) {
          if ((plan.quotasCovering[g] & (1L << q)) == 0) {
            continue;
          }
          boolean isCut = (cut & (1L << q)) != 0;
          if (t.on() && quota != null && quota.place()[q] != null && quota.place()[q][pos] > 0) {
            boolean advisory = plan.quotas[q].enforcement() == org.grassroots.rules.Quota.Enforcement.ADVISORY;
            t.fact(advisory ? "assessment.trace.quotaAdvisory"
                : isCut ? "assessment.trace.quotaCut" : "assessment.trace.quotaKept", plan.quotas[q].id(),
                quota.place()[q][pos], quota.groupSize()[q][pos], quota.limit()[q][pos],
                plan.quotas[q].tieBreak().mode(), QuotaPass.limitRule(plan.quotas[q], quota.groupSize()[q][pos]));
          }
          if (isCut) {
            ok = false;
          }
        }
      }
      if (t.on()) {
        t.step(Explanation.Step.grade(plan.grades[g].id().value(), plan.grades[g].name(), t.take(), ok));
      }
      if (ok) {
        return g;
      }
    }
    return -1;
  }

  /** True when the unit meets grade {@code g}'s minimum total and gates and no veto blocks it. */
  private boolean qualifies(int g, int pos, int at, RunState st, Frame f, long vetoMask, Trace t) {
    boolean ok = true;
    if (plan.grades[g].minTotal().isPresent()) {
      Bound min = plan.grades[g].minTotal().get();
      boolean pass = min.admitsFromAbove(f.total[at]);
      if (t.on()) {
        t.fact("assessment.trace.minTotal", f.total[at], min.boundary() == Boundary.INCLUSIVE ? "≥" : ">",
            min.value(), Trace.yes(pass));
      }
      ok = pass;
      if (!ok && !t.on()) {
        return false;
      }
    }
    ConditionTest[] gates = plan.gradeGates[g];
    for (int k = 0; k < gates.length; k++) {
      if (t.on()) {
        t.fact("assessment.trace.gate", plan.gradeGateRules[g][k].id(), plan.gradeGateRules[g][k].name());
      }
      boolean pass = gates[k].test(pos, at, st, f, t);
      if (t.on()) {
        t.fact("assessment.trace.gateResult", plan.gradeGateRules[g][k].id(), Trace.yes(pass));
      }
      ok &= pass;
      if (!ok && !t.on()) {
        return false;
      }
    }
    long blocked = vetoMask & plan.vetoesBlocking[g];
    if (blocked != 0) {
      if (t.on()) {
        for (int v = 0; v < plan.vetoes.length; v++) {
          if ((blocked & (1L << v)) != 0) {
            t.fact("assessment.trace.disqualified", plan.vetoes[v].id(), plan.vetoes[v].name());
          }
        }
      }
      ok = false;
    }
    return ok;
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
