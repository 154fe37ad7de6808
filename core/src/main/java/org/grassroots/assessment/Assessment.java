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
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
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

  Assessment(CompiledRuleset rules, Period period, RunState state, Frame frame,
      long[][] bonusPoints, long[] vetoMask, int[] grade, QuotaPass.Outcome quota,
      MissingValues missing) {
    this.missing = missing;
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
    List<RollUp.Column> sums = RollUp.sums(state.tree, columns, state.subjects, executor);
    Map<String, RollUp.Column> out = new LinkedHashMap<>();
    for (int n = 1; n < rules.nodeCount(); n++) {
      out.put(rules.node(n).id().value(), sums.get(n - 1));
    }
    out.put("total", sums.get(sums.size() - 1));
    return out;
  }

  /** The mean total of the assessed units under every unit, rounded by {@code rounding}. */
  public RollUp.Column meanTotal(Rounding rounding) {
    return RollUp.mean(state.tree, frame.total, state.subjects, rounding);
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
    return RollUp.explainSum(state.tree, column, rolledUp(column), state.subjects, Check.notNull("unit", unit));
  }

  /** How {@link #meanTotal(Rounding)} at {@code unit} was formed (汇总说明), like {@link #explainRollUp}. */
  public RollUpExplanation explainMeanTotal(OrgUnitId unit, Rounding rounding) {
    return RollUp.explainMean(state.tree, "total", frame.total, state.subjects, rounding,
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
