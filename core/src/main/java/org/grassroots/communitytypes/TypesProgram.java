package org.grassroots.communitytypes;

import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Quota;
import org.grassroots.scenarios.DesignationCache;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Program;
import org.grassroots.scenarios.ProgramParameter;
import org.grassroots.scenarios.RulesetParameter;

/**
 * The community types in scenarios (六型社区情景测算): {@link CommunityTypes} registered in a scenario
 * {@link org.grassroots.scenarios.Setup} with {@code setup.withProgram(TypesProgram.class, program)}.
 *
 * <p>Parameters: {@code types.demonstrationQuota} (示范社区名额, a count: the count of the quota on
 * the demonstration designation) and {@code types.rules.PATH}, any {@link RulesetParameter} path of
 * the types' ruleset (e.g. a type's bar {@code types.rules.gates[g-exemplary].condition.value}).
 * Figures: {@code types.count[ID]} per type and {@code types.demonstrations}.
 */
public final class TypesProgram implements Program {
  /** The program's name, the first segment of its paths. */
  public static final String NAME = "types";

  private static final String RULES = NAME + ".rules.";

  private final CommunityTypes types;
  // Shared by every copy derived from one program: each distinct ruleset is compiled once and
  // a point that leaves the rules as they were reuses their evaluation (results unchanged).
  private final DesignationCache cache;

  private TypesProgram(CommunityTypes types, DesignationCache cache) {
    this.types = types;
    this.cache = cache;
  }

  /** The program of {@code types}. */
  public static TypesProgram of(CommunityTypes types) {
    return new TypesProgram(Check.notNull("typesProgram.types", types), new DesignationCache());
  }

  public CommunityTypes types() {
    return types;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Parameter parameter(String path) {
    Check.notBlank("parameter.path", path);
    String p = path.strip();
    if (p.equals(NAME + ".demonstrationQuota")) {
      return ProgramParameter.of(p, TypesProgram.class, t -> quota(t, p).read(t.types.rules()),
          (t, v) -> t.withRules(quota(t, p), Check.between(p, v, 0, Integer.MAX_VALUE)), String::valueOf);
    }
    if (p.startsWith(RULES)) {
      RulesetParameter r = RulesetParameter.parse(p.substring(RULES.length()));
      return ProgramParameter.of(p, TypesProgram.class, t -> r.read(t.types.rules()), (t, v) -> t.withRules(r, v),
          r::format);
    }
    throw new InvalidInputException("types.unknownPath", "parameter.path", p);
  }

  private TypesProgram withRules(RulesetParameter r, long value) {
    return new TypesProgram(new CommunityTypes(r.apply(types.rules(), value), types.demonstration()), cache);
  }

  /** The count of the quota on the demonstration designation, as a ruleset parameter. */
  private static RulesetParameter quota(TypesProgram t, String path) {
    Quota q = t.types.rules().quotas().stream()
        .filter(x -> x.grade().equals(t.types.demonstration()) && x.maxCount().isPresent()).findFirst()
        .orElseThrow(() -> new InvalidInputException("types.noQuota", path, t.types.demonstration().value()));
    return RulesetParameter.parse("quotas[" + q.id().value() + "].count");
  }

  @Override
  public TypesOutcome evaluate(InputColumns inputs) {
    Check.notNull("inputs", inputs);
    return new TypesOutcome(new CommunityTypes.Result(types, cache.evaluate(types.rules(), inputs)));
  }

  @Override
  public String toString() {
    return NAME + "(" + types.rules().ref() + ")";
  }
}
