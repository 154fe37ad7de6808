package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.grassroots.rules.Aggregation;

/**
 * The explanation of one unit's result (评分说明): runs the scoring columns' single-value path and the
 * {@link Decisions} for the one unit with a recording tracer, over the inputs of the run, and reads
 * the quota places of the run.
 */
final class Explainer {
  private Explainer() {}

  static Explanation explain(CompiledPlan plan, Assessment a, int pos) {
    RunState st = a.state();
    MissingValues missing = a.missing();
    Decisions decide = new Decisions(plan, missing);
    Frame f = new Frame(plan.nodeCount, 1);
    Trace t = Trace.recording();
    Explanation.Step[] steps = new Explanation.Step[plan.nodeCount];
    List<Explanation.MissingInput> missingInputs = new ArrayList<>();
    for (int s = 0; s < plan.slotIds.size(); s++) {
      if (missing.isMissing(s, pos)) {
        missingInputs.add(new Explanation.MissingInput(plan.slotIds.get(s).value(), plan.slotName[s],
            plan.slotPolicy[s]));
      }
    }
    for (int node : plan.items) {
      int slot = plan.inputSlot[node];
      long x = st.in[slot][pos];
      boolean isMissing = missing.isMissing(slot, pos);
      boolean excluded = isMissing && plan.slotPolicy[slot] == org.grassroots.rules.MissingPolicy.EXCLUDE;
      if (isMissing) {
        t.fact("missing.trace." + plan.slotPolicy[slot].name(), plan.node[node].points());
      }
      long raw = excluded ? 0 : plan.column[node].score(x, pos, st, t);
      long value = decide.itemPoints(node, raw, excluded);
      f.scores[node][0] = value;
      steps[node] = Explanation.Step.item(plan.nodeId[node], plan.node[node].name(), plan.depth[node],
          isMissing ? OptionalLong.empty() : OptionalLong.of(x), plan.node[node].method().orElseThrow().code(),
          t.take(), plan.node[node].floor(), plan.node[node].cap(), raw, value, !excluded);
    }
    for (int node : plan.categoriesBottomUp) {
      long raw = plan.categoryRaw(node, 0, f);
      long value = plan.limit(node, raw);
      f.scores[node][0] = value;
      List<Explanation.Contribution> parts = new ArrayList<>();
      for (int c : plan.children[node]) {
        parts.add(new Explanation.Contribution(plan.nodeId[c], f.scores[c][0], plan.weighted[node] ? plan.weight[c] : 0));
      }
      Aggregation aggregation = plan.weighted[node] ? Aggregation.WEIGHTED : Aggregation.SUM;
      steps[node] = node == 0
          ? Explanation.Step.total(plan.nodeId[node], t.take(), parts, aggregation, plan.rounding[node],
              plan.ruleset.totalCap(), raw, value)
          : Explanation.Step.category(plan.nodeId[node], plan.node[node].name(), plan.depth[node], t.take(), parts,
              aggregation, plan.rounding[node], plan.node[node].floor(), plan.node[node].cap(), raw, value);
    }
    List<Explanation.Step> nodeSteps = new ArrayList<>();
    for (int node = 1; node < plan.nodeCount; node++) {
      nodeSteps.add(steps[node]);
    }
    nodeSteps.add(steps[0]);
    Optional<Explanation.Rescaling> rescaling = Optional.empty();
    long excluded = missing.excludedAt(pos);
    if (excluded != 0) {
      long before = f.scores[0][0];
      f.scores[0][0] = decide.rescaled(before, excluded);
      rescaling = Optional.of(new Explanation.Rescaling(before, plan.fullScore, excluded, plan.rescaleRounding,
          plan.rescaleCut, f.scores[0][0]));
    }
    long[][] bonusPoints = new long[plan.bonuses.length][1];
    List<Explanation.Step> bonusSteps = new ArrayList<>();
    for (int b = 0; b < plan.bonuses.length; b++) {
      long x = st.in[plan.bonusSlot[b]][pos];
      bonusPoints[b][0] = plan.bonusColumn[b].score(x, pos, st, t);
      bonusSteps.add(Explanation.Step.bonus(plan.bonuses[b].id().value(), plan.bonuses[b].name(), x,
          plan.bonuses[b].method().code(), t.take(), bonusPoints[b][0]));
    }
    Units one = Units.one(pos);
    decide.withBonuses(one, f.scores[0], bonusPoints, f.total);
    int[] exempt = {-1};
    decide.exemptions(one, st, f, exempt, t);
    List<Explanation.Step> exemptionSteps = t.takeSteps();
    int[] given = {-1};
    List<Explanation.Step> vetoSteps = List.of();
    List<Explanation.Step> gradeSteps = List.of();
    if (exempt[0] < 0) { // an exempted unit is not assessed: no veto, no grade
      long[] vetoMask = new long[1];
      decide.vetoes(one, st, f, vetoMask, t);
      vetoSteps = t.takeSteps();
      decide.grades(0, one, st, f, vetoMask, new long[] {a.quota().cut()[pos]}, a.quota(), given, t);
      gradeSteps = t.takeSteps();
    }
    return new Explanation(st.tree.id(pos), plan.ruleset.ref(), plan.ruleset.name(), a.period(), nodeSteps,
        bonusSteps, vetoSteps, gradeSteps, f.total[0],
        given[0] < 0 ? Optional.empty() : Optional.of(plan.grades[given[0]].id()),
        given[0] < 0 ? "" : plan.grades[given[0]].name(), missingInputs, rescaling, exemptionSteps);
  }
}
