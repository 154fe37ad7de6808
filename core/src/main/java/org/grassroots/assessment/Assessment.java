package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * The result of evaluating a compiled ruleset for one period (考核结果): every assessed unit's points
 * per indicator, total, vetoes, grade and quota cuts, held as columns indexed by the position of
 * the unit in the {@link TreeSnapshot}. Read-only; ask for an {@link #explain explanation} of any
 * unit, roll-ups to every ancestor and rankings.
 */
public final class Assessment {
  private final CompiledRuleset rules;
  private final Period period;
  private final RunState state;
  private final Frame frame;
  private final long[][] bonusPoints;
  private final long[] vetoMask;
  private final int[] grade;
  private final QuotaPass.Outcome quota;
  private final MissingValues missing;
  private final int[] exempt; // the exemption of each position, or -1; null when the ruleset has none

  Assessment(CompiledRuleset rules, Period period, RunState state, Frame frame,
      long[][] bonusPoints, long[] vetoMask, int[] grade, QuotaPass.Outcome quota,
      MissingValues missing, int[] exempt) {
    this.missing = missing;
    this.exempt = exempt;
    this.rules = rules;
    this.period = period;
    this.state = state;
    this.frame = frame;
    this.bonusPoints = bonusPoints;
    this.vetoMask = vetoMask;
    this.grade = grade;
    this.quota = quota;
  }

  /** The compiled ruleset that produced this result. */
  public CompiledRuleset rules() {
    return rules;
  }

  /** The period assessed. */
  public Period period() {
    return period;
  }

  /** The snapshot the columns are indexed by. */
  public TreeSnapshot tree() {
    return state.tree;
  }

  /** The positions of the assessed units (the ruleset's subject kind), ascending. */
  public int[] subjects() {
    return state.subjects.clone();
  }

  /** The final total of the unit at {@code position} (0 for a unit not assessed). */
  public long total(int position) {
    return frame.total[position];
  }

  /** The final total of {@code unit}. */
  public long total(OrgUnitId unit) {
    return frame.total[subject(unit)];
  }

  /** The points of {@code indicator} (a sub-item, a category) for {@code unit}. */
  public long points(IndicatorId indicator, OrgUnitId unit) {
    return frame.scores[node(indicator)][subject(unit)];
  }

  /** The grade of {@code unit}, if it got one. */
  public Optional<Grade> grade(OrgUnitId unit) {
    int g = grade[subject(unit)];
    return g < 0 ? Optional.empty() : Optional.of(rules.grade(g));
  }

  /** The grade index of the unit at {@code position} (in the ruleset's grade list), or -1. */
  public int gradeIndex(int position) {
    return grade[position];
  }

  /** The vetoes that fired for {@code unit}. */
  public List<Veto> vetoes(OrgUnitId unit) {
    long m = vetoMask[subject(unit)];
    List<Veto> out = new ArrayList<>();
    for (int v = 0; v < rules.vetoCount(); v++) {
      if ((m & (1L << v)) != 0) {
        out.add(rules.veto(v));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The exemption that makes {@code unit} not assessed (免于考核), if one does: such a unit has no grade
   * and no veto, and neither counts nor takes a place in a quota — an outcome distinct from a veto
   * and from no grade. Its points and total are those computed, for the record.
   */
  public Optional<Exemption> exemption(OrgUnitId unit) {
    int pos = subject(unit);
    return exempt == null || exempt[pos] < 0 ? Optional.empty()
        : Optional.of(rules.ruleset().exemptions().get(exempt[pos]));
  }

  /** True when {@code unit} is not assessed (免于考核) by an exemption. */
  public boolean notAssessed(OrgUnitId unit) {
    return exemption(unit).isPresent();
  }

  /**
   * How quota {@code quota} came out in every group (名额执行情况): the units its limit is a share of,
   * the limit, how many held the grade (or better) and how many were kept — for an advisory quota
   * (指导性比例) the actual share beside the advised one, nothing cut.
   *
   * @throws InvalidInputException if the ruleset has no such quota
   */
  public List<QuotaShare> quotaShares(RuleId quota) {
    Check.notNull("quota", quota);
    List<Quota> quotas = rules.ruleset().quotas();
    for (int q = 0; q < quotas.size(); q++) {
      if (quotas.get(q).id().equals(quota)) {
        List<QuotaShare> out = new ArrayList<>();
        for (QuotaPass.GroupFigure g : this.quota.groups().get(q)) {
          out.add(new QuotaShare(quotas.get(q), g.group() < 0 ? Optional.empty() : Optional.of(state.tree.id(g.group())),
              g.size(), g.limit(), g.holders(), g.kept()));
        }
        return List.copyOf(out);
      }
    }
    throw new InvalidInputException("assessment.unknownQuota", "quota", quota.value(), rules.ruleset().ref());
  }

  /** True when a quota cut {@code unit} from a better grade. */
  public boolean cutByQuota(OrgUnitId unit) {
    return quota.cut()[subject(unit)] != 0;
  }

  /**
   * How many assessed units have no value of each input (缺失数), for every sub-item and declared
   * input in the ruleset's order, zeros included — e.g. "12 communities lack survey data".
   */
  public Map<IndicatorId, Integer> missingCounts() {
    Map<IndicatorId, Integer> out = new LinkedHashMap<>();
    List<IndicatorId> ids = rules.slotIds();
    for (int s = 0; s < ids.size(); s++) {
      if (rules.measured(s)) {
        out.put(ids.get(s), missing.count()[s]);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The inputs (sub-items and declared inputs) {@code unit} has no value of, in the ruleset's order. */
  public List<IndicatorId> missing(OrgUnitId unit) {
    int pos = subject(unit);
    List<IndicatorId> out = new ArrayList<>();
    List<IndicatorId> ids = rules.slotIds();
    for (int s = 0; s < ids.size(); s++) {
      if (rules.measured(s) && missing.isMissing(s, pos)) {
        out.add(ids.get(s));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * True when {@code unit} gets no grade because of missing values: a DISQUALIFY input is missing,
   * or every sub-item was excluded.
   */
  public boolean disqualifiedForMissing(OrgUnitId unit) {
    int pos = subject(unit);
    return missing.disqualified() != null && missing.disqualified()[pos];
  }

  /** A copy of the totals, indexed by position. */
  public long[] totalColumn() {
    return frame.total.clone();
  }

  /** A copy of the points of {@code indicator}, indexed by position. */
  public long[] pointsColumn(IndicatorId indicator) {
    return frame.scores[node(indicator)].clone();
  }

  /** The exact trace of {@code unit}'s result, by the same evaluators run with a tracer. */
  public Explanation explain(OrgUnitId unit) {
    return rules.explain(this, subject(unit));
  }

  /**
   * Sums of every indicator's points and of the total to every ancestor (逐级合计), keyed by
   * indicator id and {@code "total"}.
   */
  public Map<String, RollUp.Column> sumsToEveryAncestor() {
    return sumsToEveryAncestor(Runnable::run);
  }

  /** Like {@link #sumsToEveryAncestor()}, one task per column on {@code executor}. */
  public Map<String, RollUp.Column> sumsToEveryAncestor(java.util.concurrent.Executor executor) {
    List<long[]> columns = new ArrayList<>();
    for (int n = 1; n < rules.nodeCount(); n++) {
      columns.add(frame.scores[n]);
    }
    columns.add(frame.total);
    List<RollUp.Column> sums = RollUp.sums(state.rollUpShape(), columns, executor);
    Map<String, RollUp.Column> out = new LinkedHashMap<>();
    for (int n = 1; n < rules.nodeCount(); n++) {
      out.put(rules.node(n).id().value(), sums.get(n - 1));
    }
    out.put("total", sums.get(sums.size() - 1));
    return out;
  }

  /** The mean total of the assessed units under every unit, rounded by {@code rounding}. */
  public RollUp.Column meanTotal(Rounding rounding) {
    Check.notNull("rounding", rounding);
    return RollUp.mean(state.rollUpShape(), frame.total, rounding);
  }

  /**
   * How the sum of {@code column} at {@code unit} was formed (汇总说明): the figure
   * {@link #sumsToEveryAncestor()} reports under that key, with each child's part.
   *
   * @param column an indicator id (a sub-item or a category) or {@code "total"}, as keyed by
   *     {@link #sumsToEveryAncestor()}
   * @throws InvalidInputException if {@code unit} is not in the snapshot, has no assessed unit in
   *     its subtree, or {@code column} is not a rolled-up column
   */
  public RollUpExplanation explainRollUp(OrgUnitId unit, String column) {
    return RollUp.explain(state.rollUpShape(), column, RollUpExplanation.Method.SUM, null, rolledUp(column), null,
        Check.notNull("unit", unit));
  }

  /** How {@link #meanTotal(Rounding)} at {@code unit} was formed (汇总说明), like {@link #explainRollUp}. */
  public RollUpExplanation explainMeanTotal(OrgUnitId unit, Rounding rounding) {
    Check.notNull("rounding", rounding);
    return RollUp.explain(state.rollUpShape(), "total", RollUpExplanation.Method.MEAN, rounding, frame.total, null,
        Check.notNull("unit", unit));
  }

  private long[] rolledUp(String column) {
    Check.notNull("column", column);
    if (column.equals("total")) {
      return frame.total;
    }
    for (int n = 1; n < rules.nodeCount(); n++) {
      if (rules.node(n).id().value().equals(column)) {
        return frame.scores[n];
      }
    }
    throw new InvalidInputException("assessment.rollUp.unknownColumn", "column", column, rules.ruleset().ref());
  }

  /**
   * The places of the assessed units by total, higher first (总分排名).
   *
   * @return places by position (0 for units not assessed)
   */
  public int[] rankByTotal(TieBreak tieBreak) {
    Check.notNull("tieBreak", tieBreak);
    long[] second = tieBreak.secondKey().map(k -> {
      int n = node(k);
      return frame.scores[n];
    }).orElse(null);
    int[] places = Ranking.rank(state.tree, state.subjects, frame.total, true, tieBreak, second);
    int[] byPos = new int[state.tree.size()];
    for (int k = 0; k < places.length; k++) {
      byPos[state.subjects[k]] = places[k];
    }
    return byPos;
  }

  RunState state() {
    return state;
  }

  QuotaPass.Outcome quota() {
    return quota;
  }

  MissingValues missing() {
    return missing;
  }

  int exemptAt(int pos) {
    return exempt == null ? -1 : exempt[pos];
  }

  long[][] bonusPoints() {
    return bonusPoints;
  }

  private int node(IndicatorId indicator) {
    Check.notNull("indicator", indicator);
    return rules.nodeOf(indicator).orElseThrow(() -> new InvalidInputException(
        "assessment.unknownInput", "indicator", indicator.value(), rules.ruleset().ref()));
  }

  private int subject(OrgUnitId unit) {
    int pos = state.tree.require(Check.notNull("unit", unit));
    Check.that(state.tree.kind(pos).equals(rules.ruleset().subjectKind()), "assessment.notAssessed", "unit",
        unit, rules.ruleset().subjectKind());
    return pos;
  }
}
