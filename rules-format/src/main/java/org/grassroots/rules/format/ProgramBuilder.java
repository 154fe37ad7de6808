package org.grassroots.rules.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.assessment.RulesetValidator;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.assessment.RuleError;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarScheme;

/**
 * Builds the program of a chain of program files (leaf first): the effective declaration, its
 * ruleset and the program, each problem placed in the file and at the line that declared the part.
 */
final class ProgramBuilder {
  private final List<ProgramDocument> chain;
  private final List<ProgramFiles.Source> sources;

  private ProgramBuilder(List<ProgramDocument> chain, List<ProgramFiles.Source> sources) {
    this.chain = chain;
    this.sources = sources;
  }

  static DeclaredProgram build(List<ProgramDocument> chain, List<ProgramFiles.Source> sources) {
    return new ProgramBuilder(chain, sources).build();
  }

  /** The index in the chain of the file that declares the part read by {@code part}, if any. */
  private int owner(Function<ProgramDeclaration, Boolean> part) {
    for (int i = 0; i < chain.size(); i++) {
      if (part.apply(chain.get(i).declaration())) {
        return i;
      }
    }
    return 0;
  }

  private ProgramDocument doc(Function<ProgramDeclaration, Boolean> part) {
    return chain.get(owner(part));
  }

  private DeclaredProgram build() {
    ProgramDeclaration eff = chain.get(chain.size() - 1).declaration();
    for (int i = chain.size() - 2; i >= 0; i--) {
      eff = chain.get(i).declaration().over(eff);
    }
    ProgramDocument leaf = chain.get(0);
    ProgramDeclaration.Kind kind = eff.kind().orElseThrow(() -> leaf.problem("", "format.missing", "kind"));
    String rulesFile = eff.rules().orElseThrow(() -> leaf.problem("", "format.missing", "rules"));
    int ro = owner(d -> d.rules().isPresent());
    ProgramFiles.Source rs = sources.get(ro).resolve(rulesFile);
    if (!rs.exists()) {
      throw chain.get(ro).problem("rules", "format.notFound", rulesFile);
    }
    Ruleset ruleset = rs.ruleset();
    if (eff.criteria().isPresent()) {
      // inline criteria compile into the ruleset: the one engine evaluates them
      ruleset = eff.criteria().get().applyTo(ruleset);
    }
    String name = eff.name().orElse(kind == ProgramDeclaration.Kind.STARS ? StarProgram.NAME : TypesProgram.NAME);
    ProgramDocument named = doc(d -> d.name().isPresent());
    return switch (kind) {
      case STARS -> stars(eff, ruleset, name, named);
      case TYPES -> types(eff, ruleset, name, named);
    };
  }

  private void notFor(ProgramDeclaration eff, String field, boolean present, String kind) {
    if (present) {
      throw doc(d -> switch (field) {
        case "demonstration" -> d.demonstration().isPresent();
        case "reward" -> d.reward().isPresent();
        case "levels" -> d.levels().isPresent();
        default -> !d.periods().isEmpty();
      }).problem(field, "format.program.notForKind", kind);
    }
  }

  private DeclaredProgram stars(ProgramDeclaration eff, Ruleset ruleset, String name, ProgramDocument named) {
    notFor(eff, "demonstration", eff.demonstration().isPresent(), "stars");
    Ruleset r = ruleset;
    String checkedAt = eff.criteria().isPresent() ? "criteria" : "rules";
    ProgramDocument checkedIn = doc(d -> eff.criteria().isPresent() ? d.criteria().isPresent() : d.rules().isPresent());
    if (eff.levels().isPresent()) {
      if (eff.criteria().isPresent()) {
        check(ruleset, checkedIn, checkedAt); // a bad inline gate at criteria, not at the levels naming it
      }
      checkedAt = "levels";
      checkedIn = doc(d -> d.levels().isPresent());
      List<ProgramDeclaration.Level> levels = eff.levels().get();
      if (levels.isEmpty()) {
        throw checkedIn.problem("levels", "format.program.noLevels");
      }
      List<Grade> grades = new ArrayList<>();
      for (int k = 0; k < levels.size(); k++) {
        ProgramDeclaration.Level l = levels.get(k);
        if (k > 0 && l.from().value() <= levels.get(k - 1).from().value()) {
          throw checkedIn.problem("levels[" + k + "].from", "format.program.levelsNotIncreasing",
              org.grassroots.rules.Fixed.format(l.from().value()),
              org.grassroots.rules.Fixed.format(levels.get(k - 1).from().value()));
        }
        grades.add(new Grade(RuleId.of("level-" + (k + 1)), l.name(), Optional.of(l.from()), l.gates()));
      }
      r = ruleset.withRules(ruleset.vetoes(), ruleset.gates(), grades, ruleset.quotas());
    }
    check(r, checkedIn, checkedAt);
    org.grassroots.stars.StarReward amount = eff.reward().map(ProgramDeclaration.Reward::amount)
        .orElse(org.grassroots.stars.StarReward.perStar(Money.ZERO));
    StarScheme scheme;
    try {
      scheme = new StarScheme(r, amount);
    } catch (InvalidInputException e) {
      throw doc(d -> d.reward().isPresent()).refused("reward.perLevel", e);
    }
    StarProgram p;
    try {
      p = StarProgram.of(name, scheme);
    } catch (InvalidInputException e) {
      throw named.refused("name", e);
    }
    Optional<org.grassroots.stars.RewardPolicy> budget = eff.reward().flatMap(ProgramDeclaration.Reward::budget);
    return new DeclaredProgram(eff, r, budget.isPresent() ? p.withPolicy(budget.get()) : p);
  }

  private DeclaredProgram types(ProgramDeclaration eff, Ruleset ruleset, String name, ProgramDocument named) {
    notFor(eff, "reward", eff.reward().isPresent(), "types");
    notFor(eff, "levels", eff.levels().isPresent(), "types");
    notFor(eff, "periods", !eff.periods().isEmpty(), "types");
    if (eff.criteria().isPresent()) {
      check(ruleset, doc(d -> d.criteria().isPresent()), "criteria");
    } else {
      check(ruleset, doc(d -> d.rules().isPresent()), "rules");
    }
    RuleId demo = eff.demonstration().orElseThrow(() -> chain.get(0).problem("", "format.missing", "demonstration"));
    CommunityTypes types;
    try {
      types = new CommunityTypes(ruleset, demo);
    } catch (InvalidInputException e) {
      throw doc(d -> d.demonstration().isPresent()).refused("demonstration", e);
    }
    DesignationProgram<?> p;
    try {
      p = TypesProgram.of(name, types);
    } catch (InvalidInputException e) {
      throw named.refused("name", e);
    }
    return new DeclaredProgram(eff, ruleset, p);
  }

  /**
   * The ruleset validated; its errors placed at {@code path} of {@code in}, or, for a part the file
   * declares inline ({@code criteria}), at that part's own line and path.
   */
  private void check(Ruleset r, ProgramDocument in, String path) {
    List<RuleError> errors = RulesetValidator.validate(r);
    if (!errors.isEmpty()) {
      List<RulesetProblem> problems = new ArrayList<>();
      for (RuleError e : errors) {
        Optional<String> inline = inlinePath(r, e.path());
        ProgramDocument at = inline.isPresent() ? doc(d -> d.criteria().isPresent()) : in;
        String p = inline.orElse(path + ": " + e.path());
        problems.add(RulesetProblem.of(at.locate(inline.orElse(path)), new RuleError(p, e.key(), e.args())));
      }
      throw new RulesetFileException(problems.get(0).at().file(), problems);
    }
  }

  /** The path in the program file of a ruleset path (e.g. {@code gates[7].condition}) that names an inline part. */
  private Optional<String> inlinePath(Ruleset r, String rulesetPath) {
    Optional<ProgramDeclaration.Criteria> criteria = chain.stream().map(ProgramDocument::declaration)
        .map(ProgramDeclaration::criteria).flatMap(Optional::stream).findFirst();
    if (criteria.isEmpty()) {
      return Optional.empty();
    }
    ProgramDeclaration.Criteria c = criteria.get();
    for (String part : List.of("vetoes", "gates", "grades")) {
      if (!rulesetPath.startsWith(part + "[")) {
        continue;
      }
      int end = rulesetPath.indexOf(']');
      int i;
      try {
        i = Integer.parseInt(rulesetPath.substring(part.length() + 1, end));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      List<RuleId> model = switch (part) {
        case "vetoes" -> r.vetoes().stream().map(org.grassroots.rules.Veto::id).toList();
        case "gates" -> r.gates().stream().map(org.grassroots.rules.Gate::id).toList();
        default -> r.grades().stream().map(Grade::id).toList();
      };
      List<RuleId> declared = switch (part) {
        case "vetoes" -> c.vetoes().stream().map(org.grassroots.rules.Veto::id).toList();
        case "gates" -> c.gates().stream().map(org.grassroots.rules.Gate::id).toList();
        default -> c.grades().stream().map(Grade::id).toList();
      };
      int j = i < model.size() ? declared.indexOf(model.get(i)) : -1;
      return j < 0 ? Optional.empty() : Optional.of("criteria." + part + "[" + j + "]" + rulesetPath.substring(end + 1));
    }
    return Optional.empty();
  }
}
