package org.grassroots.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Decimals;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.Program;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The programs a run registers beside the ruleset (工作项目): the star scheme (五星联创) with its
 * reward per star, budget and policy, the community types (六型社区), and any program a program
 * file declares ({@code --program FILE}). Money on the command
 * line is in yuan with at most two decimals, turned into whole fen exactly (never a double); more
 * decimals are refused, not rounded.
 */
final class ProgramOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec mixee;

  @Option(names = "--stars", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
      description = "register the star programme (五星联创): alone, the embedded default scheme (one to five stars at totals 50/60/65/72/80); "
          + "with FILE, a program file of kind stars (e.g. yungang-stars.program.yaml) with its ruleset file beside it")
  String stars;

  @Option(names = "--reward-per-star", paramLabel = "YUAN",
      description = "with --stars: the reward per star in yuan, at most 2 decimals (default: the scheme's, ¥20,000 for the default)")
  String rewardPerStar;

  @Option(names = "--budget", paramLabel = "YUAN",
      description = "with --stars: the budget of the rewards in yuan, at most 2 decimals (default: none, everyone is paid the due)")
  String budget;

  @Option(names = "--budget-policy", paramLabel = "POLICY", converter = PolicyConverter.class,
      description = "with --budget: pro-rata (everyone the same share of the due; fen left by rounding stay unpaid) or by-rank "
          + "(in full by rank of stars, then total, until the budget runs out) (default pro-rata)")
  BudgetPolicy budgetPolicy;

  @Option(names = "--types", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
      description = "register the community types (六型社区): alone, the embedded default types; with FILE, a program file of "
          + "kind types (e.g. yungang-types.program.yaml) naming its demonstration designation (示范社区)")
  String types;

  @Option(names = "--program", paramLabel = "FILE",
      description = "register the program a program file declares (any kind, under the name the file gives it, e.g. a members' "
          + "points scheme); repeatable. Its parameters are NAME.…, its figures NAME.… in every table, CSV and report")
  List<Path> programs = new ArrayList<>();

  @Option(names = "--demonstration-quota", paramLabel = "N",
      description = "with --types: at most N demonstration communities (示范社区) (default: the types', 10 for the default)")
  Integer demonstrationQuota;

  enum BudgetPolicy {
    PRO_RATA("pro-rata"), BY_RANK("by-rank");

    private final String text;

    BudgetPolicy(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Turns "pro-rata" and "by-rank" into the enum. */
  static final class PolicyConverter implements CommandLine.ITypeConverter<BudgetPolicy> {
    @Override
    public BudgetPolicy convert(String value) {
      for (BudgetPolicy p : BudgetPolicy.values()) {
        if (p.text.equals(value)) {
          return p;
        }
      }
      throw new CommandLine.TypeConversionException("expected pro-rata or by-rank, not " + value);
    }
  }

  boolean any() {
    return stars != null || types != null || !programs.isEmpty();
  }

  /** {@code ruleset} with the programs asked for; a usage error for program options without their program. */
  Setup setup(Ruleset ruleset, DataOptions data) {
    if (stars == null && (rewardPerStar != null || budget != null || budgetPolicy != null)) {
      throw new CommandLine.ParameterException(mixee.commandLine(),
          "--reward-per-star, --budget and --budget-policy need --stars");
    }
    if (budgetPolicy != null && budget == null) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--budget-policy needs --budget");
    }
    if (types == null && demonstrationQuota != null) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--demonstration-quota needs --types");
    }
    Setup setup = Setup.of(ruleset);
    if (stars != null) {
      StarProgram program = stars.isEmpty() ? StarProgram.of(DefaultRuleset.stars())
          : declared("--stars", stars, StarProgram.class);
      if (rewardPerStar != null) {
        program = program.withRewardPerStar(yuan("--reward-per-star", rewardPerStar));
      }
      if (budget != null) {
        Money b = yuan("--budget", budget);
        program = program.withPolicy(budgetPolicy == BudgetPolicy.BY_RANK
            ? RewardPolicy.byRank(b, TieBreak.RankMode.ORDINAL)
            : RewardPolicy.proRata(b, RewardPolicy.Remainder.LEFT_UNPAID));
      }
      setup = setup.withProgram(program);
    }
    if (types != null) {
      TypesProgram program = types.isEmpty() ? TypesProgram.of(DefaultRuleset.types())
          : declared("--types", types, TypesProgram.class);
      setup = setup.withProgram(program);
      if (demonstrationQuota != null) {
        setup = setup.parameter(program.name() + ".demonstrationQuota").apply(setup, demonstrationQuota);
      }
    }
    for (Path file : programs) {
      Program program = ProgramFiles.load(file).program();
      if (setup.program(program.name()).isPresent()) {
        throw new InvalidInputException("cli.programTwice", "--program", String.valueOf(file.getFileName()), program.name());
      }
      setup = setup.withProgram(program);
    }
    return setup;
  }

  /** The program of the program file {@code file}, which must be of class {@code type}. */
  private static <P extends Program> P declared(String option, String file, Class<P> type) {
    Program p = ProgramFiles.load(Path.of(file)).program();
    if (!type.isInstance(p)) {
      throw new InvalidInputException("cli.programKind", option, Path.of(file).getFileName().toString(), p.name());
    }
    return type.cast(p);
  }

  /**
   * {@code text} given to {@code option} as yuan with at most two decimals, exactly in fen; more
   * decimals, a sign or not a number are refused (exit 1) with the option and the value.
   */
  static Money yuan(String option, String text) {
    BigDecimal v;
    try {
      v = Decimals.parse(option, text); // limits checked before any arithmetic
    } catch (InvalidInputException e) {
      if (e.key().equals("rules.notANumber")) {
        throw new InvalidInputException("cli.notMoney", option, text);
      }
      throw e;
    }
    if (v.signum() < 0) {
      throw new InvalidInputException("cli.notMoney", option, text);
    }
    if (v.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException("cli.moneyDecimals", option, text);
    }
    try {
      return Money.ofFen(v.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException("cli.moneyTooLarge", option, text);
    }
  }

  /**
   * The value of {@code parameter} given as {@code text} to {@code option}, as the parameter's
   * {@link FigureKind kind} says: money as yuan (→ fen), counts as whole numbers, fixed point as an
   * exact decimal of at most 4 places.
   */
  static long value(String option, Parameter parameter, String text) {
    String field = option + " " + parameter.path();
    return switch (parameter.kind()) {
      case MONEY -> yuan(field, text).fen();
      case COUNT -> {
        try {
          // through Decimals: Long.parseLong would read ٣ or １ as digits
          yield Decimals.parse(field, text).longValueExact();
        } catch (InvalidInputException | ArithmeticException e) {
          throw new InvalidInputException("cli.notCount", field, text);
        }
      }
      case FIXED -> Fixed.parse(field, text);
    };
  }

  /**
   * Reads every whole-number option ({@code --threads}, {@code --communities}, {@code --seed}, …)
   * through {@link Decimals} instead of picocli's {@code Integer.valueOf}, which takes ٣ or １ for
   * digits: a value that is not a whole number in ASCII digits is a usage error (exit 2).
   */
  static void wholeNumbersThroughDecimals(CommandLine cl) {
    CommandLine.ITypeConverter<Long> whole = text -> {
      try {
        return Decimals.parse("option", text).longValueExact();
      } catch (InvalidInputException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            new InvalidInputException("cli.notCount", "option", text).getMessage());
      }
    };
    CommandLine.ITypeConverter<Integer> wholeInt = text -> {
      long v = whole.convert(text);
      if (v != (int) v) {
        throw new CommandLine.TypeConversionException(
            new InvalidInputException("cli.notCount", "option", text).getMessage());
      }
      return (int) v;
    };
    cl.registerConverter(Long.class, whole);
    cl.registerConverter(long.class, whole);
    cl.registerConverter(Integer.class, wholeInt);
    cl.registerConverter(int.class, wholeInt);
  }

  /** {@code PATH=VALUE} of --set as a setting of {@code setup}. */
  static Setting setting(Setup setup, String text) {
    int eq = text.lastIndexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("scenario.unknownPath", "--set", text);
    }
    Parameter p = setup.parameter(text.substring(0, eq));
    return new Setting(p, value("--set", p, text.substring(eq + 1)));
  }
}
