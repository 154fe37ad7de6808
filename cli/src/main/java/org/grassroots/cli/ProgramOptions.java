package org.grassroots.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Decimals;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarScheme;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The programs a run registers beside the ruleset (评星与六型社区项目): the star scheme (五星联创) with
 * its reward per star, budget and policy, and the community types (六型社区). Money on the command
 * line is in yuan with at most two decimals, turned into whole fen exactly (never a double); more
 * decimals are refused, not rounded.
 */
final class ProgramOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec mixee;

  @Option(names = "--stars", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
      description = "register the star programme (五星联创): alone, the embedded default scheme (one to five stars at totals 50/60/65/72/80); "
          + "with FILE, a ruleset file whose grades are the stars")
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
      description = "register the community types (六型社区): alone, the embedded default types; with FILE, a ruleset file whose "
          + "grades are the types, the one limited by a count quota being the demonstration designation (示范社区)")
  String types;

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
    return stars != null || types != null;
  }

  /** {@code ruleset} with the programs asked for; a usage error for program options without their program. */
  Setup setup(Ruleset ruleset, Grassroots.DataOptions data) {
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
      StarScheme scheme = stars.isEmpty() ? DefaultRuleset.stars() : new StarScheme(data.read(Path.of(stars)),
          Money.ofYuan(20_000));
      if (rewardPerStar != null) {
        scheme = new StarScheme(scheme.rules(), yuan("--reward-per-star", rewardPerStar));
      }
      StarProgram program = StarProgram.of(scheme);
      if (budget != null) {
        Money b = yuan("--budget", budget);
        program = program.withPolicy(budgetPolicy == BudgetPolicy.BY_RANK
            ? RewardPolicy.byRank(b, TieBreak.RankMode.ORDINAL)
            : RewardPolicy.proRata(b, RewardPolicy.Remainder.LEFT_UNPAID));
      }
      setup = setup.withProgram(program);
    }
    if (types != null) {
      CommunityTypes t;
      if (types.isEmpty()) {
        t = DefaultRuleset.types();
      } else {
        Ruleset r = data.read(Path.of(types));
        Quota q = r.quotas().stream().filter(x -> x.maxCount().isPresent()).findFirst()
            .orElseThrow(() -> new InvalidInputException("cli.noDemonstration", "--types", types));
        t = new CommunityTypes(r, q.grade());
      }
      setup = setup.withProgram(TypesProgram.of(t));
      if (demonstrationQuota != null) {
        setup = setup.parameter(TypesProgram.NAME + ".demonstrationQuota").apply(setup, demonstrationQuota);
      }
    }
    return setup;
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
