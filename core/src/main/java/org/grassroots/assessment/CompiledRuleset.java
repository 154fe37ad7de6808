package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.Veto;

/**
 * A ruleset validated and compiled once (已编译规则集) into evaluators that run over columns of
 * measurements on a {@link TreeSnapshot}. Immutable and thread-safe: one compiled ruleset can
 * evaluate many periods and scenarios at once.
 *
 * <p>The engine behind this facade is in parts: the {@link CompiledPlan} (node and input-slot
 * tables), a {@link ScoringColumn} per scoring method, the passes of a {@link ColumnRun}, the
 * {@link Decisions} (bonuses, vetoes, gates, grades, missing values, quota cuts) and the {@link
 * Explainer}, which runs the same decisions for one unit with a tracer ({@link Assessment#explain}).
 *
 * <p>Logs through {@link System.Logger} at DEBUG: each evaluation started and finished, with the
 * ruleset, the period and counts (units, input columns, units assessed, milliseconds), never a value.
 */
public final class CompiledRuleset {
  static final int MAX_RULES = 64; // vetoes, grades and quotas are tracked as bits of a long
  private static final System.Logger LOG = System.getLogger(CompiledRuleset.class.getName());

  private final CompiledPlan plan;

  private CompiledRuleset(Ruleset r) {
    this.plan = new CompiledPlan(r);
  }

  /**
   * Validates and compiles a complete ruleset (one without a parent; resolve inheritance first with
   * {@link RulesetResolver}).
   *
   * @throws RulesetInvalidException with every error found, each with its path
   */
  public static CompiledRuleset compile(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    Check.that(ruleset.parent().isEmpty(), "assessment.notResolved", "ruleset.parent",
        ruleset.parent().map(Object::toString).orElse(""));
    List<RuleError> errors = RulesetValidator.validate(ruleset);
    if (!errors.isEmpty()) {
      throw new RulesetInvalidException(ruleset.ref().toString(), errors);
    }
    Check.between("ruleset.vetoes.size", ruleset.vetoes().size(), 0, MAX_RULES);
    Check.between("ruleset.grades.size", ruleset.grades().size(), 0, MAX_RULES);
    Check.between("ruleset.quotas.size", ruleset.quotas().size(), 0, MAX_RULES);
    return new CompiledRuleset(ruleset);
  }

  /** The ruleset compiled. */
  public Ruleset ruleset() {
    return plan.ruleset;
  }

  /** The ids of every input read (sub-items and declared inputs), in slot order. */
  public List<IndicatorId> inputs() {
    return List.copyOf(plan.slotIds);
  }

  /** Evaluates every assessed unit of {@code columns}' snapshot, with no previous period. */
  public Assessment evaluate(InputColumns columns) {
    return evaluate(columns, null);
  }

  /**
   * Evaluates every unit of the ruleset's subject kind in {@code columns}' snapshot.
   *
   * @param previous the result of the previous period, whose totals feed carry-over items; may be
   *     null (then a carry-over item reads its own measurement)
   */
  public Assessment evaluate(InputColumns columns, Assessment previous) {
    return evaluate(columns, previous, Runnable::run);
  }

  /**
   * Like {@link #evaluate(InputColumns, Assessment)}, running the independent column work (one
   * task per sub-item and bonus, and the per-unit totals, vetoes and grades in slices) on {@code
   * executor}. The result is the same whatever the executor; the calling thread waits for every task.
   *
   * @param executor e.g. a {@link java.util.concurrent.ForkJoinPool} of the host's choosing; {@code
   *     Runnable::run} runs everything on the calling thread
   */
  public Assessment evaluate(InputColumns columns, Assessment previous, Executor executor) {
    if (columns != null && plan.ruleset.period().isPresent() && columns.period().kind() != plan.ruleset.period().get()) {
      // 两年一评 rated on a year's inputs (or any other length) would be another rule: refused, nothing evaluated
      throw new InvalidInputException("rules.periodLength", "period", columns.period().toString(), plan.ruleset.ref(),
          plan.ruleset.period().get(), plan.ruleset.period().get().example());
    }
    if (columns == null || !LOG.isLoggable(System.Logger.Level.DEBUG)) {
      return ColumnRun.run(this, plan, columns, previous, executor);
    }
    long start = System.nanoTime();
    LOG.log(System.Logger.Level.DEBUG, "assessment by {0} for {1} started: {2} units, {3} input columns",
        plan.ruleset.ref(), columns.period(), columns.tree().size(), columns.indicators().size());
    Assessment result = ColumnRun.run(this, plan, columns, previous, executor);
    LOG.log(System.Logger.Level.DEBUG, "assessment by {0} for {1} finished: {2} units assessed in {3} ms",
        plan.ruleset.ref(), columns.period(), result.subjects().length,
        String.valueOf((System.nanoTime() - start) / 1_000_000));
    return result;
  }

  /** The measured inputs (sub-items and declared inputs, not categories), in slot order. */
  public List<IndicatorId> measuredInputs() {
    List<IndicatorId> out = new ArrayList<>();
    for (int s = 0; s < plan.slotIds.size(); s++) {
      if (plan.measured[s]) {
        out.add(plan.slotIds.get(s));
      }
    }
    return List.copyOf(out);
  }

  /** The missing-value policy of input {@code id} (a sub-item or a declared input) as compiled. */
  public MissingPolicy missingPolicy(IndicatorId id) {
    Check.notNull("id", id);
    Integer s = plan.slotOf.get(id);
    Check.that(s != null && plan.measured[s], "assessment.unknownInput", "id", id, plan.ruleset.ref());
    return plan.slotPolicy[s];
  }

  // ---------------------------------------------------------------- for Assessment

  Explanation explain(Assessment a, int pos) {
    return Explainer.explain(plan, a, pos);
  }

  CompiledPlan plan() {
    return plan;
  }

  Indicator node(int n) {
    return plan.node[n];
  }

  int nodeCount() {
    return plan.nodeCount;
  }

  Optional<Integer> nodeOf(IndicatorId id) {
    return Optional.ofNullable(plan.nodeOf.get(id));
  }

  Grade grade(int g) {
    return plan.grades[g];
  }

  List<IndicatorId> slotIds() {
    return plan.slotIds;
  }

  boolean measured(int slot) {
    return plan.measured[slot];
  }

  Veto veto(int v) {
    return plan.vetoes[v];
  }

  int vetoCount() {
    return plan.vetoes.length;
  }
}
