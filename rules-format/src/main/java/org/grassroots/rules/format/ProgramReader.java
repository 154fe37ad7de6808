package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Decimals;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.TieBreak;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarReward;

/**
 * Turns a located tree into a {@link ProgramDeclaration} with the machinery of ruleset files
 * ({@link Cursor}): every problem is collected with its file, line and path, in both languages.
 */
final class ProgramReader {
  /** The field names of the program file format, per kind of object (the JSON Schema names exactly these). */
  static final Map<String, Set<String>> OBJECTS = ImmutableMap.<String, Set<String>>builder()
      .put("program", ImmutableSet.of("$schema", "program", "extends", "name", "kind", "title", "rules", "criteria",
          "levels", "reward", "demonstration", "periods"))
      .put("criteria", ImmutableSet.of("vetoes", "gates", "grades"))
      .put("periods", ImmutableSet.of("withdrawAfterFailedPeriods", "levelsPerPeriod", "publicityDays"))
      .put("level", ImmutableSet.of("name", "atLeast", "above", "gates"))
      .put("reward", ImmutableSet.of("perStar", "perLevel", "budget", "shortfall", "remainder", "ties"))
      .build();
  static final Map<String, ProgramDeclaration.Kind> KIND = Cursor.names(ProgramDeclaration.Kind.class);
  static final Map<String, RewardPolicy.Shortfall> SHORTFALL = Cursor.names(RewardPolicy.Shortfall.class);
  static final Map<String, RewardPolicy.Remainder> REMAINDER = Cursor.names(RewardPolicy.Remainder.class);

  private ProgramReader() {}

  static ProgramDocument read(LocatedTree tree) {
    Cursor.Context ctx = new Cursor.Context(tree);
    Cursor root = new Cursor(ctx, tree.root, "", "");
    ProgramDeclaration p = null;
    try {
      p = program(root);
    } catch (Cursor.Abort a) {
      // the problems are recorded
    }
    if (!ctx.problems.isEmpty() || p == null) {
      throw new RulesetFileException(tree.file, RulesetReader.sorted(ctx.problems));
    }
    return new ProgramDocument(tree.file, p, ctx.byPath);
  }

  private static ProgramDeclaration program(Cursor c) {
    c.object(OBJECTS.get("program"));
    // each part is read even when an earlier one failed, so that every problem is reported
    Part<String> id = part(() -> c.field("program", "id").idText());
    Part<Optional<String>> parent = part(() -> c.optional("extends", "parent").map(Cursor::text));
    Part<Optional<String>> name = part(() -> c.optional("name").map(Cursor::text));
    Part<Optional<ProgramDeclaration.Kind>> kind = part(() -> c.optional("kind").map(k -> k.choice(KIND)));
    Part<Optional<String>> title = part(() -> c.optional("title").map(Cursor::text));
    Part<Optional<String>> rules = part(() -> c.optional("rules").map(Cursor::text));
    Part<Optional<ProgramDeclaration.Criteria>> criteria = part(() -> c.optional("criteria")
        .map(ProgramReader::criteria));
    Part<Optional<List<ProgramDeclaration.Level>>> levels = part(() -> c.has("levels")
        ? Optional.of(c.list("levels", ProgramReader::level)) : Optional.empty());
    Part<Optional<ProgramDeclaration.Reward>> reward = part(() -> c.optional("reward").map(ProgramReader::reward));
    Part<Optional<RuleId>> demonstration = part(() -> c.optional("demonstration")
        .map(d -> d.build(() -> RuleId.of(d.idText()))));
    Part<ProgramDeclaration.Periods> periods = part(() -> c.optional("periods").map(ProgramReader::periods)
        .orElse(ProgramDeclaration.Periods.NONE));
    if (periods.failed || id.failed || parent.failed || name.failed || kind.failed || title.failed || rules.failed || criteria.failed || levels.failed
        || reward.failed || demonstration.failed) {
      throw new Cursor.Abort();
    }
    return c.build(() -> ProgramDeclaration.builder(id.value).parent(parent.value).name(name.value).kind(kind.value)
        .title(title.value).rules(rules.value).criteria(criteria.value).levels(levels.value).reward(reward.value)
        .demonstration(demonstration.value).periods(periods.value).build());
  }

  /** Criteria in the ruleset format's own terms, read by the ruleset reader's readers of each. */
  private static ProgramDeclaration.Criteria criteria(Cursor c) {
    c.object(OBJECTS.get("criteria"));
    if (!c.has("vetoes") && !c.has("gates") && !c.has("grades")) {
      throw c.fail("format.program.noCriteria");
    }
    var vetoes = c.list("vetoes", RulesetReader::veto);
    var gates = c.list("gates", RulesetReader::gate);
    var grades = c.list("grades", RulesetReader::grade);
    return c.build(() -> new ProgramDeclaration.Criteria(vetoes, gates, grades));
  }

  private static ProgramDeclaration.Periods periods(Cursor c) {
    c.object(OBJECTS.get("periods"));
    OptionalInt withdraw = count(c, "withdrawAfterFailedPeriods");
    OptionalInt step = count(c, "levelsPerPeriod");
    OptionalInt days = count(c, "publicityDays");
    return c.build(() -> new ProgramDeclaration.Periods(withdraw, step, days));
  }

  private static OptionalInt count(Cursor c, String name) {
    return c.optional(name).map(w -> OptionalInt.of(w.integer())).orElse(OptionalInt.empty());
  }

  private static ProgramDeclaration.Level level(Cursor c) {
    c.object(OBJECTS.get("level"));
    String name = c.field("name").text();
    String lower = c.exactlyOne(List.of("atLeast", "above"));
    Cursor b = c.field(lower, "from");
    long v = b.fixed();
    Bound from = lower.equals("atLeast") ? Bound.inclusive(v) : Bound.exclusive(v);
    List<RuleId> gates = c.list("gates", g -> g.build(() -> RuleId.of(g.idText())));
    return c.build(() -> new ProgramDeclaration.Level(name, from, gates));
  }

  private static ProgramDeclaration.Reward reward(Cursor c) {
    c.object(OBJECTS.get("reward"));
    String per = c.exactlyOne(List.of("perStar", "perLevel"));
    StarReward perStar;
    if (per.equals("perStar")) {
      perStar = StarReward.perStar(money(c.field("perStar")));
    } else {
      List<Money> amounts = c.list("perLevel", ProgramReader::money);
      Cursor at = c.field("perLevel");
      perStar = at.build(() -> StarReward.perLevel(amounts));
    }
    Optional<Money> budget = c.optional("budget").map(ProgramReader::money);
    if (budget.isEmpty()) {
      for (String f : List.of("shortfall", "remainder", "ties")) {
        if (c.has(f)) {
          throw c.field(f).fail("format.program.needsBudget", f);
        }
      }
      return c.build(() -> new ProgramDeclaration.Reward(perStar, Optional.empty()));
    }
    RewardPolicy.Shortfall shortfall = c.field("shortfall").choice(SHORTFALL);
    RewardPolicy.Remainder remainder = c.optional("remainder").map(r -> r.choice(REMAINDER))
        .orElse(RewardPolicy.Remainder.LEFT_UNPAID);
    TieBreak.RankMode ties = c.optional("ties").map(t -> t.choice(RulesetReader.RANK_MODE))
        .orElse(ProgramDeclaration.DEFAULT_TIES);
    return c.build(() -> new ProgramDeclaration.Reward(perStar,
        Optional.of(new RewardPolicy(budget.get(), shortfall, remainder, ties))));
  }

  /** Yuan with at most two decimals (分), as a number or as text, exactly; never negative. */
  static Money money(Cursor c) {
    String text = c.idText();
    BigDecimal v;
    try {
      v = Decimals.parse("money", text);
    } catch (InvalidInputException e) {
      throw c.fail("format.program.money", Excerpt.of(text));
    }
    if (v.signum() < 0 || v.stripTrailingZeros().scale() > 2) {
      throw c.fail("format.program.money", Excerpt.of(text));
    }
    try {
      return Money.ofFen(v.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw c.fail("format.program.money", Excerpt.of(text));
    }
  }

  /** A part of the program read on its own: its value, or that it failed (its problems recorded). */
  private static final class Part<T> {
    T value;
    boolean failed;
  }

  private static <T> Part<T> part(java.util.function.Supplier<T> reader) {
    Part<T> p = new Part<>();
    try {
      p.value = reader.get();
    } catch (Cursor.Abort a) {
      p.failed = true;
    }
    return p;
  }
}
