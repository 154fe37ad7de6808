package org.grassroots.communitytypes;

import org.grassroots.assessment.Designations;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.programs.DesignationCache;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramParameter;

/**
 * The community types in scenarios (六型社区情景测算): {@link CommunityTypes} registered in a scenario
 * {@link org.grassroots.scenarios.Setup} with {@code setup.withProgram(program)}; a {@link
 * DesignationProgram} whose designations are the types and the demonstration designation.
 *
 * <p>Parameters ({@code NAME} is the program's name, {@code types} unless declared otherwise):
 * {@code NAME.demonstrationQuota} (示范社区名额, a count: the count of the quota on the
 * demonstration designation) and {@code NAME.rules.PATH}, any {@link RulesetParameter} path of the
 * types' ruleset (e.g. a type's bar {@code types.rules.gates[g-exemplary].condition.value}).
 * Figures: {@code NAME.count[ID]} per type and {@code NAME.demonstrations}.
 */
public final class TypesProgram extends DesignationProgram<TypesProgram> {
  /** The default program name, the first segment of its paths. */
  public static final String NAME = "types";

  private final CommunityTypes types;

  // The cache is shared by every copy derived from one program: each distinct ruleset is compiled
  // once and a point that leaves the rules as they were reuses their evaluation (results unchanged).
  private TypesProgram(String name, CommunityTypes types, DesignationCache cache) {
    super(name, types.rules(), cache);
    this.types = types;
  }

  /** The program of {@code types}, named {@code types}. */
  public static TypesProgram of(CommunityTypes types) {
    return of(NAME, types);
  }

  /** The program of {@code types} named {@code name}. */
  public static TypesProgram of(String name, CommunityTypes types) {
    return new TypesProgram(name, Check.notNull("typesProgram.types", types), new DesignationCache());
  }

  public CommunityTypes types() {
    return types;
  }

  @Override
  public TypesProgram withRules(Ruleset other) {
    return new TypesProgram(name(), new CommunityTypes(other, types.demonstration()), cache());
  }

  @Override
  protected Parameter ownParameter(String p) {
    if (p.equals(name() + ".demonstrationQuota")) {
      return ProgramParameter.of(p, name(), TypesProgram.class, t -> quota(t, p).read(t.rules()),
          (t, v) -> t.withRules(quota(t, p).apply(t.rules(), Check.between(p, v, 0, Integer.MAX_VALUE))),
          FigureKind.COUNT);
    }
    throw new InvalidInputException("types.unknownPath", "parameter.path", p);
  }

  /** The count of the quota on the demonstration designation, as a ruleset parameter. */
  private static RulesetParameter quota(TypesProgram t, String path) {
    Quota q = t.types.rules().quotas().stream()
        .filter(x -> x.grade().equals(t.types.demonstration()) && x.maxCount().isPresent()).findFirst()
        .orElseThrow(() -> new InvalidInputException("types.noQuota", path, t.types.demonstration().value()));
    return RulesetParameter.parse("quotas[" + q.id().value() + "].count");
  }

  @Override
  protected TypesOutcome outcome(Designations.Result designations) {
    return new TypesOutcome(name(), new CommunityTypes.Result(types, designations));
  }

  @Override
  public TypesOutcome evaluate(InputColumns inputs) {
    return (TypesOutcome) super.evaluate(inputs);
  }

  @Override
  public String toString() {
    return name() + "(" + types.rules().ref() + ")";
  }
}
