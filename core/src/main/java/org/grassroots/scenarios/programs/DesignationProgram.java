package org.grassroots.scenarios.programs;

import org.grassroots.assessment.Designations;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.RulesetParameter;

/**
 * The base of every program of designations (称号类项目): a ruleset whose grades are designations,
 * each held independently when its criterion holds ({@link Designations}) — the stars of 五星联创,
 * the types of 六型社区, a members' points title. It gives the program its name, its ruleset's
 * parameters ({@code NAME.rules.PATH}, any {@link RulesetParameter} path), the cached evaluation
 * (each distinct ruleset compiled once, shared by every copy derived from one program) and, through
 * {@link DesignationOutcome}, the counts, levels and who gains or loses what. A subclass adds what
 * its program has beyond the designations (rewards, a demonstration quota).
 *
 * @param <P> the program's own class
 */
public abstract class DesignationProgram<P extends DesignationProgram<P>> implements Program {
  private final String name;
  private final Ruleset rules;
  private final DesignationCache cache;

  /**
   * @param name the program's name, the first segment of its paths and figures
   * @param rules the ruleset whose grades are the designations
   * @param cache the evaluations shared by the copies of one program
   */
  protected DesignationProgram(String name, Ruleset rules, DesignationCache cache) {
    this.name = Check.matches("program.name", name, Program.NAME_SYNTAX, "scenario.programNameSyntax");
    this.rules = Check.notNull("program.rules", rules);
    Check.notEmpty("program.rules.grades", rules.grades());
    this.cache = Check.notNull("program.cache", cache);
  }

  @Override
  public final String name() {
    return name;
  }

  /** The ruleset whose grades are the designations. */
  public final Ruleset rules() {
    return rules;
  }

  /** The evaluations shared by every copy derived from this program. */
  protected final DesignationCache cache() {
    return cache;
  }

  /** This program with another ruleset (e.g. a threshold moved); compiled when first used. */
  public abstract P withRules(Ruleset other);

  /** The outcome of this program's designations evaluated for one period. */
  protected abstract DesignationOutcome outcome(Designations.Result designations);

  /**
   * A parameter of the program beyond its ruleset's, e.g. {@code stars.rewardPerStar}.
   *
   * @throws org.grassroots.input.InvalidInputException when the path names none
   */
  protected abstract Parameter ownParameter(String path);

  @Override
  public final Parameter parameter(String path) {
    Check.notBlank("parameter.path", path);
    String p = path.strip();
    String prefix = name + ".rules.";
    if (p.startsWith(prefix)) {
      RulesetParameter r = RulesetParameter.parse(p.substring(prefix.length()));
      @SuppressWarnings("unchecked")
      Class<P> type = (Class<P>) getClass();
      return ProgramParameter.of(p, name, type, x -> r.read(x.rules()), (x, v) -> x.withRules(r.apply(x.rules(), v)),
          r.kind());
    }
    return ownParameter(p);
  }

  @Override
  public DesignationOutcome evaluate(InputColumns inputs) {
    Check.notNull("inputs", inputs);
    return outcome(cache.evaluate(rules, inputs));
  }
}
