package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.Veto;

/**
 * A validated ruleset laid out as tables (编译计划): the indicator nodes (0 is the total, 1.. the
 * indicators in pre-order) with their children, weights, roundings, floors and caps; an input slot
 * for every indicator and declared input with its missing-value policy; and the compiled scoring
 * columns, conditions, bonuses, vetoes, grades, gates, quotas and exemptions. Immutable once built; read by the
 * passes ({@link ColumnRun}), the decisions ({@link Decisions}) and the {@link Explainer}.
 */
final class CompiledPlan {
  final Ruleset ruleset;
  // indicator nodes
  final int nodeCount;
  final Indicator[] node;
  final String[] nodeId;
  final int[] depth;
  final int[][] children;
  final ScoringColumn[] column;
  final int[] inputSlot;
  final long[] weight;
  final boolean[] weighted;
  final Rounding[] rounding;
  /** The declared floor and cap of each node; {@code Long.MIN_VALUE}/{@code MAX_VALUE} when absent. */
  final long[] floor;
  final long[] cap;
  final int[] items;
  final int[] categoriesBottomUp;
  final Map<IndicatorId, Integer> nodeOf = new HashMap<>();
  // input slots: every indicator node and every declared input
  final List<IndicatorId> slotIds = new ArrayList<>();
  final Map<IndicatorId, Integer> slotOf = new HashMap<>();
  final boolean[] carrySlot;
  final List<PeerGroupColumn> peers = new ArrayList<>();
  final MissingPolicy[] slotPolicy;
  final boolean[] measured;
  final String[] slotName;
  /** Per slot, the sub-period a declared input is measured per (每月/每季度); null for the others. */
  final org.grassroots.rules.SubPeriod[] slotPer;
  final long fullScore;
  final long rescaleCut;
  final Rounding rescaleRounding;
  // rules
  final Bonus[] bonuses;
  final int[] bonusSlot;
  final ScoringColumn[] bonusColumn;
  final Veto[] vetoes;
  final ConditionTest[] vetoTest;
  final long zeroingVetoes;
  final Grade[] grades;
  final long[] vetoesBlocking;
  final ConditionTest[][] gradeGates;
  final Gate[][] gradeGateRules;
  final Quota[] quotas;
  final int[] quotaGrade;
  final int[] quotaSecondSlot;
  /** Per quota, the grade whose holders (or better) the limit is a share of; -1 for every unit. */
  final int[] quotaBase;
  /** Per grade, the quotas that can cut a unit from it (its own, and cumulative ones of a worse grade). */
  final long[] quotasCovering;
  final Exemption[] exemptions;
  final ConditionTest[] exemptionTest;

  CompiledPlan(Ruleset r) {
    this.ruleset = r;
    List<Indicator> nodes = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    nodes.add(null);
    depths.add(-1);
    parents.add(-1);
    for (Indicator i : r.indicators()) {
      flatten(i, 0, 0, nodes, depths, parents);
    }
    nodeCount = nodes.size();
    node = nodes.toArray(new Indicator[0]);
    nodeId = new String[nodeCount];
    nodeId[0] = "total";
    depth = depths.stream().mapToInt(Integer::intValue).toArray();
    List<List<Integer>> kids = new ArrayList<>();
    for (int n = 0; n < nodeCount; n++) {
      kids.add(new ArrayList<>());
    }
    for (int n = 1; n < nodeCount; n++) {
      kids.get(parents.get(n)).add(n);
      nodeOf.put(node[n].id(), n);
      nodeId[n] = node[n].id().value();
      slot(node[n].id());
    }
    for (InputSpec in : r.inputs()) {
      slot(in.id());
    }
    children = new int[nodeCount][];
    column = new ScoringColumn[nodeCount];
    inputSlot = new int[nodeCount];
    weight = new long[nodeCount];
    weighted = new boolean[nodeCount];
    rounding = new Rounding[nodeCount];
    floor = new long[nodeCount];
    cap = new long[nodeCount];
    List<Integer> itemList = new ArrayList<>();
    List<Integer> catList = new ArrayList<>();
    carrySlot = new boolean[slotIds.size()];
    for (int n = 0; n < nodeCount; n++) {
      children[n] = kids.get(n).stream().mapToInt(Integer::intValue).toArray();
      if (n == 0) {
        weighted[n] = r.aggregation() == Aggregation.WEIGHTED;
        rounding[n] = r.rounding();
        floor[n] = Long.MIN_VALUE;
        cap[n] = r.totalCap().orElse(Long.MAX_VALUE);
        inputSlot[n] = -1;
        continue;
      }
      Indicator ind = node[n];
      weight[n] = ind.weight();
      weighted[n] = ind.aggregation() == Aggregation.WEIGHTED;
      rounding[n] = ind.rounding();
      floor[n] = ind.floor().orElse(Long.MIN_VALUE);
      cap[n] = ind.cap().orElse(Long.MAX_VALUE);
      inputSlot[n] = slotOf.get(ind.id());
      if (ind.isItem()) {
        column[n] = ScoringColumn.compile(ind.method().orElseThrow(), inputSlot[n], slotOf, peers, ind.points());
        carrySlot[inputSlot[n]] |= ScoringColumn.readsCarriedTotal(ind.method().get());
        itemList.add(n);
      }
    }
    for (int n = nodeCount - 1; n >= 0; n--) {
      if (n == 0 || !node[n].isItem()) {
        catList.add(n);
      }
    }
    items = itemList.stream().mapToInt(Integer::intValue).toArray();
    categoriesBottomUp = catList.stream().mapToInt(Integer::intValue).toArray();

    // a node's policy: its own, else its category's, else the ruleset's (pre-order: parents first)
    slotPolicy = new MissingPolicy[slotIds.size()];
    Arrays.fill(slotPolicy, MissingPolicy.ZERO);
    measured = new boolean[slotIds.size()];
    slotName = new String[slotIds.size()];
    slotPer = new org.grassroots.rules.SubPeriod[slotIds.size()];
    MissingPolicy[] nodePolicy = new MissingPolicy[nodeCount];
    nodePolicy[0] = r.missingDefault();
    for (int n = 1; n < nodeCount; n++) {
      nodePolicy[n] = node[n].missing().orElse(nodePolicy[parents.get(n)]);
      slotName[inputSlot[n]] = node[n].name();
      if (node[n].isItem()) {
        slotPolicy[inputSlot[n]] = nodePolicy[n];
        measured[inputSlot[n]] = true;
      }
    }
    for (InputSpec in : r.inputs()) {
      int s = slotOf.get(in.id());
      slotPolicy[s] = in.missing().orElse(r.missingDefault());
      measured[s] = true;
      slotName[s] = in.name();
      slotPer[s] = in.per().orElse(null);
    }
    fullScore = r.indicators().stream().mapToLong(Indicator::points).sum();
    rescaleCut = Math.min(fullScore, r.totalCap().orElse(Long.MAX_VALUE));
    rescaleRounding = r.rescaleRounding().orElse(null);

    bonuses = r.bonuses().toArray(new Bonus[0]);
    bonusSlot = new int[bonuses.length];
    bonusColumn = new ScoringColumn[bonuses.length];
    for (int b = 0; b < bonuses.length; b++) {
      bonusSlot[b] = slotOf.get(bonuses[b].input());
      bonusColumn[b] = ScoringColumn.compile(bonuses[b].method(), bonusSlot[b], slotOf, peers);
    }
    Map<RuleId, Integer> gradeIndex = new HashMap<>();
    grades = r.grades().toArray(new Grade[0]);
    for (int g = 0; g < grades.length; g++) {
      gradeIndex.put(grades[g].id(), g);
    }
    vetoes = r.vetoes().toArray(new Veto[0]);
    vetoTest = new ConditionTest[vetoes.length];
    vetoesBlocking = new long[grades.length];
    long zeroing = 0;
    for (int v = 0; v < vetoes.length; v++) {
      vetoTest[v] = condition(vetoes[v].when());
      if (vetoes[v].effect() == Veto.Effect.ZERO_TOTAL) {
        zeroing |= 1L << v;
      } else {
        for (int g = 0; g < grades.length; g++) {
          if (vetoes[v].grades().isEmpty() || vetoes[v].grades().contains(grades[g].id())) {
            vetoesBlocking[g] |= 1L << v;
          }
        }
      }
    }
    zeroingVetoes = zeroing;
    Map<RuleId, Gate> gateById = new LinkedHashMap<>();
    Map<RuleId, ConditionTest> gateTest = new HashMap<>();
    for (Gate gate : r.gates()) {
      gateById.put(gate.id(), gate);
      gateTest.put(gate.id(), condition(gate.condition()));
    }
    gradeGates = new ConditionTest[grades.length][];
    gradeGateRules = new Gate[grades.length][];
    for (int g = 0; g < grades.length; g++) {
      List<RuleId> gs = grades[g].gates();
      gradeGates[g] = new ConditionTest[gs.size()];
      gradeGateRules[g] = new Gate[gs.size()];
      for (int k = 0; k < gs.size(); k++) {
        gradeGates[g][k] = gateTest.get(gs.get(k));
        gradeGateRules[g][k] = gateById.get(gs.get(k));
      }
    }
    quotas = r.quotas().toArray(new Quota[0]);
    quotaGrade = new int[quotas.length];
    quotaSecondSlot = new int[quotas.length];
    quotaBase = new int[quotas.length];
    quotasCovering = new long[grades.length];
    for (int q = 0; q < quotas.length; q++) {
      quotaGrade[q] = gradeIndex.get(quotas[q].grade());
      quotaSecondSlot[q] = quotas[q].tieBreak().secondKey().map(slotOf::get).orElse(-1);
      quotaBase[q] = quotas[q].base().map(gradeIndex::get).orElse(-1);
      boolean orBetter = quotas[q].counting() == Quota.Counting.THIS_GRADE_OR_BETTER;
      for (int g = orBetter ? 0 : quotaGrade[q]; g <= quotaGrade[q]; g++) {
        quotasCovering[g] |= 1L << q;
      }
    }
    exemptions = r.exemptions().toArray(new Exemption[0]);
    exemptionTest = new ConditionTest[exemptions.length];
    for (int e = 0; e < exemptions.length; e++) {
      exemptionTest[e] = condition(exemptions[e].when());
    }
  }

  private ConditionTest condition(org.grassroots.rules.Condition c) {
    Map<IndicatorId, InputSpec> inputs = new HashMap<>();
    ruleset.inputs().forEach(in -> inputs.put(in.id(), in));
    return ConditionTest.compile(c, nodeOf, slotOf, children[0], nodeId, inputs);
  }

  /** {@code raw} held between the node's floor and cap. */
  long limit(int n, long raw) {
    return Math.min(Math.max(raw, floor[n]), cap[n]);
  }

  /**
   * The raw points of category (or total) {@code n} at {@code at} from its children's points in
   * {@code f}: their sum, or Σ points × weight rounded by the node's rounding when weighted.
   */
  long categoryRaw(int n, int at, Frame f) {
    int[] kids = children[n];
    long sum = 0;
    if (weighted[n]) {
      for (int c : kids) {
        sum = Math.addExact(sum, Math.multiplyExact(f.scores[c][at], weight[c]));
      }
      return rounding[n].divide(sum, org.grassroots.rules.Fixed.ONE);
    }
    for (int c : kids) {
      sum += f.scores[c][at];
    }
    return sum;
  }

  private void flatten(Indicator i, int d, int parent, List<Indicator> nodes, List<Integer> depths,
      List<Integer> parents) {
    int me = nodes.size();
    nodes.add(i);
    depths.add(d);
    parents.add(parent);
    for (Indicator c : i.children()) {
      flatten(c, d + 1, me, nodes, depths, parents);
    }
  }

  private void slot(IndicatorId id) {
    if (!slotOf.containsKey(id)) {
      slotOf.put(id, slotIds.size());
      slotIds.add(id);
    }
  }
}
