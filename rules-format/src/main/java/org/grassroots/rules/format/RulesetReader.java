package org.grassroots.rules.format;

import static org.grassroots.rules.format.Vocabulary.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.SubPeriod;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * Turns a located tree into a {@link Ruleset}, recording where every model path starts in the file
 * and collecting every structural problem (unknown field, wrong type, missing field, bad value)
 * rather than stopping at the first.
 */
final class RulesetReader {
  static final Map<String, Rounding> ROUNDING = Cursor.names(Rounding.class);
  static final Map<String, Aggregation> AGGREGATION = Cursor.names(Aggregation.class);
  static final Map<String, ScoringMethod.Basis> BASIS = Cursor.names(ScoringMethod.Basis.class);
  static final Map<String, TieBreak.RankMode> RANK_MODE = Cursor.names(TieBreak.RankMode.class);
  static final Map<String, Veto.Effect> EFFECT = Cursor.names(Veto.Effect.class);
  static final Map<String, Comparison> COMPARISON = Cursor.names(Comparison.class);
  static final Map<String, MissingPolicy> MISSING = Cursor.names(MissingPolicy.class);
  /** The sub-periods an input may be measured per: {@code month}, {@code quarter}. */
  static final Map<String, SubPeriod> SUB_PERIODS = Cursor.names(SubPeriod.class);
  static final Map<String, Quota.Counting> COUNTING = Cursor.names(Quota.Counting.class);
  static final Map<String, Quota.Enforcement> ENFORCEMENT = Cursor.names(Quota.Enforcement.class);
  static final Map<String, org.grassroots.rules.PeriodKind> PERIOD = Cursor.names(org.grassroots.rules.PeriodKind.class);

  private RulesetReader() {}

  /** The ruleset of {@code tree} and where each of its paths starts. */
  static RulesetDocument read(LocatedTree tree) {
    Cursor.Context ctx = new Cursor.Context(tree);
    Cursor root = new Cursor(ctx, tree.root, "", "");
    Ruleset r = null;
    try {
      r = ruleset(root);
    } catch (Cursor.Abort a) {
      // the problems are recorded
    }
    if (!ctx.problems.isEmpty() || r == null) {
      throw new RulesetFileException(tree.file, sorted(ctx.problems));
    }
    return new RulesetDocument(tree.file, r, ctx.byPath, sorted(ctx.warnings));
  }

  static List<RulesetProblem> sorted(List<RulesetProblem> problems) {
    List<RulesetProblem> out = new ArrayList<>(problems);
    out.sort((a, b) -> a.at().line() != b.at().line()
        ? Integer.compare(a.at().line(), b.at().line())
        : Integer.compare(a.at().column(), b.at().column()));
    return out;
  }

  private static Ruleset ruleset(Cursor c) {
    c.object(fields("ruleset"));
    // each part is read even when an earlier one failed, so that every problem is reported
    Part<RulesetId> id = part(() -> c.build(() -> RulesetId.of(c.field("id").idText())));
    Part<DistrictId> district = part(() -> { Cursor f = c.field("district"); return f.build(() -> DistrictId.of(f.idText())); });
    Part<Integer> version = part(() -> c.field("version").integer());
    Part<String> name = part(() -> c.field("name").text());
    Part<LocalDate> from = part(() -> c.field("effectiveFrom").date());
    Part<Optional<LocalDate>> until = part(() -> c.optional("effectiveUntil").map(Cursor::date));
    Part<Optional<org.grassroots.rules.PeriodKind>> period = part(() -> c.optional("period").map(f -> f.choice(PERIOD)));
    Part<Optional<RulesetRef>> parent = part(() -> c.optional("parent").map(RulesetReader::ref));
    Part<OrgKind> kind = part(() -> kind(c.field("subjectKind")));
    Part<Aggregation> aggregation = part(() -> c.optional("aggregation").map(f -> f.choice(AGGREGATION)).orElse(Aggregation.SUM));
    Part<Rounding> rounding = part(() -> rounding(c, aggregation.value));
    Part<Optional<Long>> totalCap = part(() -> c.optional("totalCap").map(Cursor::fixed));
    Part<Boolean> mustAddUp = part(() -> c.optional("pointsMustAddUp").map(Cursor::bool).orElse(false));
    Part<Optional<MissingPolicy>> missing = part(() -> missing(c));
    Part<Optional<Rounding>> rescaleRounding = part(() -> c.optional("rescaleRounding").map(f -> f.choice(ROUNDING)));
    Part<List<Indicator>> indicators = part(() -> c.list("indicators", RulesetReader::indicator));
    Part<List<InputSpec>> inputs = part(() -> c.list("inputs", RulesetReader::input));
    Part<List<Bonus>> bonuses = part(() -> c.list("bonuses", RulesetReader::bonus));
    Part<List<Veto>> vetoes = part(() -> c.list("vetoes", RulesetReader::veto));
    Part<List<Gate>> gates = part(() -> c.list("gates", RulesetReader::gate));
    Part<List<Grade>> grades = part(() -> c.list("grades", RulesetReader::grade));
    Part<List<Quota>> quotas = part(() -> c.list("quotas", RulesetReader::quota));
    Part<List<Exemption>> exemptions = part(() -> c.list("exemptions", RulesetReader::exemption));
    Part<List<String>> removed = part(() -> c.list("removed", Cursor::idText));
    if (!c.ctx.problems.isEmpty()) {
      throw new Cursor.Abort();
    }
    return c.build(() -> Ruleset.builder(id.value, district.value, version.value, name.value, from.value, kind.value)
        .effectiveUntil(until.value.orElse(null)).period(period.value.orElse(null)).parent(parent.value.orElse(null))
        .indicators(indicators.value).inputs(inputs.value).aggregation(aggregation.value, rounding.value)
        .totalCap(totalCap.value.orElse(null)).pointsMustAddUp(mustAddUp.value).bonuses(bonuses.value)
        .vetoes(vetoes.value).gates(gates.value).grades(grades.value).quotas(quotas.value).removed(removed.value)
        .missing(missing.value.orElse(null)).rescaleRounding(rescaleRounding.value.orElse(null))
        .exemptions(exemptions.value).build());
  }

  /** The optional {@code missing} policy of a ruleset, indicator or input. */
  private static Optional<MissingPolicy> missing(Cursor c) {
    return c.optional("missing").map(f -> f.choice(MISSING));
  }

  /** A value read on its own; null when it had a problem (already recorded). */
  private static final class Part<T> {
    T value;
  }

  private static <T> Part<T> part(java.util.function.Supplier<T> reader) {
    Part<T> p = new Part<>();
    try {
      p.value = reader.get();
    } catch (Cursor.Abort a) {
      p.value = null;
    }
    return p;
  }

  /** A rounding: required when the aggregation divides (weighted), half-up by default otherwise. */
  private static Rounding rounding(Cursor c, Aggregation aggregation) {
    if (aggregation == Aggregation.WEIGHTED) {
      return c.field("rounding").choice(ROUNDING);
    }
    return c.optional("rounding").map(f -> f.choice(ROUNDING)).orElse(Rounding.HALF_UP);
  }

  private static RulesetRef ref(Cursor c) {
    c.object(fields("rulesetRef"));
    Cursor d = c.field("district");
    Cursor i = c.field("id");
    int v = c.field("version").integer();
    return c.build(() -> new RulesetRef(DistrictId.of(d.idText()), RulesetId.of(i.idText()), v));
  }

  static OrgKind kind(Cursor c) {
    String t = c.text();
    return c.build(() -> OrgKind.of(t));
  }

  static IndicatorId indicatorId(Cursor c) {
    String t = c.idText();
    return c.build(() -> IndicatorId.of(t));
  }

  private static RuleId ruleId(Cursor c) {
    String t = c.idText();
    return c.build(() -> RuleId.of(t));
  }

  private static Indicator indicator(Cursor c) {
    c.object(fields("indicator"));
    IndicatorId id = indicatorId(c.field("id"));
    String name = c.field("name").text();
    long points = c.field("points").fixed();
    long weight = c.optional("weight").map(Cursor::share).orElse(0L);
    Optional<ScoringMethod> method = c.optional("method").map(RulesetReader::method);
    List<Indicator> children = c.list("children", RulesetReader::indicator);
    Aggregation aggregation = c.optional("aggregation").map(f -> f.choice(AGGREGATION)).orElse(Aggregation.SUM);
    Rounding rounding = rounding(c, aggregation);
    Optional<Long> floor = c.optional("floor").map(Cursor::fixed);
    Optional<Long> cap = c.optional("cap").map(Cursor::fixed);
    Optional<MissingPolicy> missing = missing(c);
    return c.build(() -> Indicator.builder(id, name, points).weight(weight).method(method.orElse(null))
        .children(children).aggregation(aggregation, rounding).floor(floor.orElse(null)).cap(cap.orElse(null))
        .missing(missing.orElse(null)).build());
  }

  private static InputSpec input(Cursor c) {
    c.object(fields("input"));
    IndicatorId id = indicatorId(c.field("id"));
    String name = c.field("name").text();
    Optional<MissingPolicy> missing = missing(c);
    String kind = c.optional("kind").map(f -> f.choice(INPUT_KINDS)).orElse("number");
    InputKind k = switch (kind) {
      case "category" -> {
        List<InputKind.Category> categories = c.field("categories").elements(x -> {
          x.object(fields("category"));
          return category(x);
        });
        yield c.build(() -> new InputKind.Categorical(categories));
      }
      case "date" -> new InputKind.Date();
      default -> new InputKind.Number();
    };
    if (!kind.equals("category") && c.optional("categories").isPresent()) {
      throw c.field("categories").fail("format.categoriesWithoutKind");
    }
    Optional<SubPeriod> per = c.optional("per").map(f -> f.choice(SUB_PERIODS));
    return c.build(() -> new InputSpec(id, name, missing, k, per));
  }

  /** The input kinds by their spelling in a file. */
  static final Map<String, String> INPUT_KINDS =
      com.google.common.collect.ImmutableMap.of("number", "number", "category", "category", "date", "date");

  /** A category's {@code code} (a whole number) and {@code label}, in an object already checked. */
  static InputKind.Category category(Cursor x) {
    int code = x.field("code").integer();
    String label = x.field("label").text();
    return x.build(() -> new InputKind.Category(code, label));
  }

  /** A scoring method: its {@code type} names its {@link MethodFormat}, which reads the rest. */
  static ScoringMethod method(Cursor c) {
    MethodFormat kind = c.anyObject().field("type").choice(MethodFormat.BY_TYPE);
    c.object(kind.accepted());
    return kind.read(c);
  }

  static ScoringMethod.Band band(Cursor c) {
    c.object(fields("band"));
    Optional<Bound> lower = c.atMostOne(Vocabulary.LOWER).map(k -> new Bound(c.field(k, "lower").fixed(),
        k.equals("atLeast") ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE));
    Optional<Bound> upper = c.atMostOne(Vocabulary.UPPER).map(k -> new Bound(c.field(k, "upper").fixed(),
        k.equals("atMost") ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE));
    long points = c.field("points").fixed();
    String label = c.optional("label").map(Cursor::text).orElse("");
    return c.build(() -> new ScoringMethod.Band(lower, upper, points, label));
  }

  static ScoringMethod.ShareBand shareBand(Cursor c, ScoringMethod.Basis basis) {
    c.object(fields("shareBand"));
    Cursor s = c.field("share");
    long share = basis == ScoringMethod.Basis.RANK ? s.fixed() : s.share();
    long points = c.field("points").fixed();
    String label = c.optional("label").map(Cursor::text).orElse("");
    return c.build(() -> new ScoringMethod.ShareBand(share, points, label));
  }

  static TieBreak tieBreak(Cursor c) {
    c.object(fields("tieBreak"));
    TieBreak.RankMode mode = c.field("mode").choice(RANK_MODE);
    Optional<IndicatorId> second = c.optional("secondKey").map(RulesetReader::indicatorId);
    return c.build(() -> new TieBreak(mode, second));
  }

  private static Bonus bonus(Cursor c) {
    c.object(fields("bonus"));
    RuleId id = ruleId(c.field("id"));
    String name = c.field("name").text();
    IndicatorId input = indicatorId(c.field("input"));
    ScoringMethod m = method(c.field("method"));
    return c.build(() -> new Bonus(id, name, input, m));
  }

  static Veto veto(Cursor c) {
    c.object(fields("veto"));
    RuleId id = ruleId(c.field("id"));
    String name = c.field("name").text();
    Condition when = condition(c.field("when"));
    Veto.Effect effect = c.field("effect").choice(EFFECT);
    List<RuleId> grades = c.list("grades", RulesetReader::ruleId);
    return c.build(() -> new Veto(id, name, when, effect, grades));
  }

  static Gate gate(Cursor c) {
    c.object(fields("gate"));
    RuleId id = ruleId(c.field("id"));
    String name = c.field("name").text();
    Condition cond = condition(c.field("condition"));
    return c.build(() -> new Gate(id, name, cond));
  }

  static Grade grade(Cursor c) {
    c.object(fields("grade"));
    RuleId id = ruleId(c.field("id"));
    String name = c.field("name").text();
    Optional<Bound> min = c.atMostOne(Vocabulary.LOWER).map(k -> new Bound(c.field(k, "minTotal").fixed(),
        k.equals("atLeast") ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE));
    List<RuleId> gates = c.list("gates", RulesetReader::ruleId);
    return c.build(() -> new Grade(id, name, min, gates));
  }

  private static Quota quota(Cursor c) {
    c.object(fields("quota"));
    RuleId id = ruleId(c.field("id"));
    RuleId grade = ruleId(c.field("grade"));
    Optional<OrgKind> groupKind = c.optional("groupKind").map(RulesetReader::kind);
    Optional<Fraction> maxShare = c.optional("maxShare").map(Cursor::fraction);
    Optional<Integer> maxCount = c.optional("maxCount").map(Cursor::integer);
    Rounding r = c.field("rounding").choice(ROUNDING);
    TieBreak tb = tieBreak(c.field("tieBreak"));
    Quota.Counting counting = c.optional("counting").map(f -> f.choice(COUNTING)).orElse(Quota.Counting.THIS_GRADE);
    Optional<RuleId> base = c.optional("base").map(RulesetReader::ruleId);
    Quota.Enforcement enforcement = c.optional("enforcement").map(f -> f.choice(ENFORCEMENT))
        .orElse(Quota.Enforcement.CUT);
    return c.build(() -> new Quota(id, grade, groupKind, maxShare, maxCount, r, tb, counting, base, enforcement));
  }

  private static Exemption exemption(Cursor c) {
    c.object(fields("exemption"));
    RuleId id = ruleId(c.field("id"));
    String name = c.field("name").text();
    Condition when = condition(c.field("when"));
    return c.build(() -> new Exemption(id, name, when));
  }

  /** A condition: its one key names its {@link ConditionFormat}, which reads it. */
  static Condition condition(Cursor c) {
    c.object(fields("condition"));
    return ConditionFormat.BY_KEY.get(c.exactlyOne(Vocabulary.CONDITIONS)).read(c);
  }
}
