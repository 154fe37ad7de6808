package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.Veto;

/**
 * A ruleset whose grades are read as independent designations (并行评定) rather than as one ladder:
 * a unit may hold any number of them — the named stars of 五星联创, the types of 六型社区. Each
 * designation is a {@link Grade} of the ruleset (its {@code minTotal} and gates are its criterion);
 * a veto that disqualifies from it, and a quota on it, apply to it alone; a zeroing veto applies to
 * every designation through the total.
 *
 * <p>Each designation is compiled as the same ruleset with that one grade, so the criterion,
 * vetoes, quotas (with their tie-breaks) and the {@link Explanation} are the engine's own.
 */
public final class Designations {
  private final Ruleset ruleset;
  private final ImmutableList<CompiledRuleset> compiled;

  private Designations(Ruleset ruleset, ImmutableList<CompiledRuleset> compiled) {
    this.ruleset = ruleset;
    this.compiled = compiled;
  }

  /**
   * Validates the whole ruleset, then compiles one evaluator per grade.
   *
   * @throws RulesetInvalidException with every error of the ruleset
   * @throws InvalidInputException if the ruleset has no grade
   */
  public static Designations compile(Ruleset ruleset) {
    CompiledRuleset.compile(ruleset); // every reference checked once, with paths
    Check.notEmpty("ruleset.grades", ruleset.grades());
    List<CompiledRuleset> out = new ArrayList<>();
    for (Grade g : ruleset.grades()) {
      out.add(CompiledRuleset.compile(only(ruleset, g)));
    }
    return new Designations(ruleset, ImmutableList.copyOf(out));
  }

  /** The ruleset with one grade: its own vetoes (and every zeroing one) and its own quotas. */
  private static Ruleset only(Ruleset r, Grade g) {
    List<Veto> vetoes = new ArrayList<>();
    for (Veto v : r.vetoes()) {
      if (v.effect() == Veto.Effect.ZERO_TOTAL || v.grades().isEmpty() || v.grades().contains(g.id())) {
        vetoes.add(v.effect() == Veto.Effect.ZERO_TOTAL || v.grades().isEmpty()
            ? v : new Veto(v.id(), v.name(), v.when(), v.effect(), List.of(g.id())));
      }
    }
    List<Quota> quotas = r.quotas().stream().filter(q -> q.grade().equals(g.id())).toList();
    return r.withRules(vetoes, r.gates(), List.of(g), quotas);
  }

  /** The ruleset whose grades are the designations. */
  public Ruleset ruleset() {
    return ruleset;
  }

  /** The designations, in the ruleset's order. */
  public List<Grade> designations() {
    return ruleset.grades();
  }

  /** The index of the designation {@code id}. */
  public int indexOf(RuleId id) {
    Check.notNull("designation", id);
    for (int i = 0; i < ruleset.grades().size(); i++) {
      if (ruleset.grades().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new InvalidInputException("assessment.unknownDesignation", "designation", id.value(), ruleset.ref());
  }

  /** Evaluates every designation over {@code columns}. */
  public Result evaluate(InputColumns columns) {
    Check.notNull("columns", columns);
    List<Assessment> out = new ArrayList<>(compiled.size());
    for (CompiledRuleset c : compiled) {
      out.add(c.evaluate(columns));
    }
    return new Result(this, ImmutableList.copyOf(out));
  }

  /**
   * The designations of one period: per designation, the engine's {@link Assessment} of the
   * ruleset with that one grade.
   */
  public static final class Result {
    private final Designations designations;
    private final ImmutableList<Assessment> assessments;

    private Result(Designations designations, ImmutableList<Assessment> assessments) {
      this.designations = designations;
      this.assessments = assessments;
    }

    /** The designations evaluated. */
    public Designations designations() {
      return designations;
    }

    /** The assessment of designation {@code index} (its only grade is that designation). */
    public Assessment assessment(int index) {
      Check.between("designation", index, 0, assessments.size() - 1);
      return assessments.get(index);
    }

    /** True when the unit at {@code position} holds designation {@code index}. */
    public boolean holds(int index, int position) {
      return assessment(index).gradeIndex(position) == 0;
    }

    /** True when {@code unit} holds designation {@code id}. */
    public boolean holds(RuleId id, OrgUnitId unit) {
      return assessment(designations.indexOf(id)).grade(unit).isPresent();
    }

    /** How many units hold designation {@code index}. */
    public int count(int index) {
      Assessment a = assessment(index);
      int n = 0;
      for (int pos : a.subjects()) {
        if (a.gradeIndex(pos) == 0) {
          n++;
        }
      }
      return n;
    }

    /** The designations {@code unit} holds, in the ruleset's order. */
    public List<Grade> held(OrgUnitId unit) {
      List<Grade> out = new ArrayList<>();
      for (int i = 0; i < assessments.size(); i++) {
        if (assessments.get(i).grade(unit).isPresent()) {
          out.add(designations.designations().get(i));
        }
      }
      return ImmutableList.copyOf(out);
    }

    /** Why {@code unit} holds or misses designation {@code id}: the engine's exact trace. */
    public Explanation explain(RuleId id, OrgUnitId unit) {
      return assessment(designations.indexOf(id)).explain(unit);
    }
  }
}
