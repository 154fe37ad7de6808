package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
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
 * Model → file → model gives an equal ruleset, for generated rulesets with every scoring method,
 * condition and rule kind, awkward names (quotes, colons, "yes", numbers, Chinese) and any
 * fixed-point number, in YAML and in JSON.
 */
class RoundTripPropertiesTest {

  @Property(tries = 300)
  void yamlRoundTripGivesAnEqualRuleset(@ForAll("rulesets") Ruleset r) {
    String text = RulesetFiles.toYaml(r);
    assertThat(RulesetFiles.read("p.yaml", text).ruleset()).as(text).isEqualTo(r);
  }

  @Property(tries = 300)
  void jsonRoundTripGivesAnEqualRuleset(@ForAll("rulesets") Ruleset r) {
    String text = RulesetFiles.toJson(r);
    assertThat(RulesetFiles.read("p.json", text).ruleset()).as(text).isEqualTo(r);
  }

  /** The one way to derive a ruleset or an indicator copies every part: an unchanged copy is equal. */
  @Property(tries = 200)
  void derivingThroughTheBuilderKeepsEveryPart(@ForAll("rulesets") Ruleset r) {
    Ruleset copy = r.toBuilder().build();
    assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(copy.toString()).isEqualTo(r.toString());
    assertThat(r.withRules(r.vetoes(), r.gates(), r.grades(), r.quotas())).isEqualTo(r);
    r.indicators().forEach(top -> top.forEach(i -> assertThat(i.toBuilder().build()).isEqualTo(i)));
    Ruleset renamed = r.toBuilder().identity(r.id(), r.district(), r.version(), r.name() + "x").build();
    assertThat(renamed).isNotEqualTo(r);
    assertThat(renamed.indicators()).isEqualTo(r.indicators());
    assertThat(renamed.toBuilder().version(r.version() + 1).build()).isNotEqualTo(renamed);
  }

  @org.junit.jupiter.api.Test
  void aRulesetIsMadeOnlyThroughItsBuilder() {
    assertThat(Ruleset.class.getConstructors()).isEmpty();
    assertThat(Ruleset.class.isRecord()).isFalse();
  }

  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = RoundTripPropertiesTest.class.getResourceAsStream(RulesetFiles.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(FileFormat.JSON.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the writer writes, the editors' schema accepts (a quota needs a limit in both). */
  @Property(tries = 200)
  void writtenFilesAreValidAgainstTheSchema(@ForAll("rulesets") Ruleset r) throws IOException {
    Assume.that(r.quotas().stream().allMatch(q -> q.maxShare().isPresent() || q.maxCount().isPresent()));
    String json = RulesetFiles.toJson(r);
    assertThat(SCHEMA.validate(FileFormat.JSON.mapper().readTree(json))).as(json).isEmpty();
  }

  // ------------------------------------------------------------------ generators

  static Arbitrary<Long> fixed() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-2_000_000, 2_000_000),
        Arbitraries.of(0L, 1L, 899_950L, 900_000L, -1L, 10_000L),
        Arbitraries.longs());
  }

  static Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcxyz019._:-").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("yes", "no", "true", "null", "1", "1.50", "007", "1e5", "0x1F", "a:b", "-", ".5", "on", "Null", "NO", "y", "n"));
  }

  static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("组织建设", "优秀", "a: b", "# not a comment", "'quoted'", "\"dq\"", "yes", "null", "12.50",
            "line\nbreak", "tab\there", "[x]", "{y}", "& *", "- dash", "@at", "%pct", "é ü", "〇一"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
            .filter(s -> !s.isBlank() && s.strip().equals(s) && s.codePoints().noneMatch(Character::isISOControl)
                && s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) || c == 0xFEFF || c > 0xFFFD)));
  }

  static Arbitrary<Rounding> roundings() {
    return Arbitraries.of(Rounding.class);
  }

  static Arbitrary<IndicatorId> indicatorIds() {
    return ids().map(IndicatorId::of);
  }

  static Arbitrary<RuleId> ruleIds() {
    return ids().map(RuleId::of);
  }

  static Arbitrary<OrgKind> kinds() {
    return Arbitraries.of("street", "community", "grid-branch", "x1").map(OrgKind::of);
  }

  static Arbitrary<Bound> bounds() {
    return Combinators.combine(fixed(), Arbitraries.of(Boundary.class)).as(Bound::new);
  }

  static Arbitrary<TieBreak> tieBreaks() {
    return Combinators.combine(Arbitraries.of(TieBreak.RankMode.class), indicatorIds().optional()).as(TieBreak::new);
  }

  static Arbitrary<ScoringMethod> methods(int depth) {
    Arbitrary<ScoringMethod> bands = Combinators.combine(
            Combinators.combine(bounds().optional(), bounds().optional(), fixed(),
                Arbitraries.oneOf(names(), Arbitraries.just(""))).as(ScoringMethod.Band::new)
                .list().ofMinSize(1).ofMaxSize(4),
            fixed())
        .as(ScoringMethod.Bands::new);
    Arbitrary<ScoringMethod> linear = Combinators.combine(fixed(), fixed(), fixed(), fixed(), roundings())
        .as(ScoringMethod.Linear::new);
    Arbitrary<ScoringMethod> ratio = Combinators.combine(fixed(), indicatorIds().optional(), fixed(), fixed(), fixed(),
        roundings()).as(ScoringMethod.RatioToTarget::new);
    Arbitrary<ScoringMethod> count = Combinators.combine(fixed(), fixed(), roundings()).as(ScoringMethod.CountTimesPoints::new);
    Arbitrary<ScoringMethod> deduction = Combinators.combine(fixed(), fixed(), fixed(), roundings())
        .as(ScoringMethod.DeductionPerOccurrence::new);
    Arbitrary<ScoringMethod> yesNo = Combinators.combine(fixed(), fixed()).as(ScoringMethod.YesNo::new);
    Arbitrary<ScoringMethod> peer = Combinators.combine(kinds(), Arbitraries.of(ScoringMethod.Basis.class),
        Arbitraries.of(true, false),
        Combinators.combine(fixed(), fixed(), Arbitraries.oneOf(names(), Arbitraries.just("")))
            .as(ScoringMethod.ShareBand::new).list().ofMinSize(1).ofMaxSize(3),
        fixed(), roundings(), tieBreaks()).as(ScoringMethod.PeerGroupBands::new);
    Arbitrary<ScoringMethod> carry = Combinators.combine(fixed(), roundings()).as(ScoringMethod.CarryOver::new);
    if (depth <= 0) {
      return Arbitraries.oneOf(bands, linear, ratio, count, deduction, yesNo, peer, carry);
    }
    Arbitrary<ScoringMethod> limited = Combinators.combine(methods(depth - 1), fixed().optional(), fixed().optional())
        .as(ScoringMethod.Limited::new);
    Arbitrary<ScoringMethod> sum = methods(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(ScoringMethod.Sum::new);
    return Arbitraries.oneOf(bands, linear, ratio, count, deduction, yesNo, peer, carry, limited, sum);
  }

  static Arbitrary<Indicator> indicators(int depth) {
    Arbitrary<List<Indicator>> children = depth <= 0
        ? Arbitraries.just(List.of())
        : indicators(depth - 1).list().ofMaxSize(3);
    return Combinators.combine(indicatorIds(), names(), fixed(), fixed(), methods(1).optional(), children,
            Arbitraries.of(Aggregation.class), roundings())
        .as((id, name, points, weight, method, kids, agg, rnd) -> Indicator.builder(id, name, points).weight(weight)
            .method(method.orElse(null)).children(kids).aggregation(agg, rnd))
        .flatMap(b -> Combinators.combine(fixed().optional(), fixed().optional(), missingPolicies().optional())
            .as((floor, cap, missing) -> b.floor(floor.orElse(null)).cap(cap.orElse(null))
                .missing(missing.orElse(null)).build()));
  }

  static Arbitrary<MissingPolicy> missingPolicies() {
    return Arbitraries.of(MissingPolicy.class);
  }

  static Arbitrary<Condition> conditions(int depth) {
    Arbitrary<Condition.Operand> operands = Arbitraries.oneOf(
        Arbitraries.just(new Condition.Operand.Total()),
        indicatorIds().map(Condition.Operand.Score::new),
        indicatorIds().map(Condition.Operand.Input::new));
    Arbitrary<Condition> compare = Combinators.combine(operands, Arbitraries.of(Comparison.class), fixed())
        .as(Condition.Compare::new);
    Arbitrary<Condition> every = Combinators.combine(Arbitraries.of(Comparison.class), fixed()).as(Condition.EveryCategory::new);
    Arbitrary<Condition> present = indicatorIds().map(i -> Condition.present(i.value()));
    if (depth <= 0) {
      return Arbitraries.oneOf(compare, every, present);
    }
    return Arbitraries.oneOf(compare, every, present,
        conditions(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(Condition.AllOf::new),
        conditions(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(Condition.AnyOf::new),
        conditions(depth - 1).map(Condition.Not::new));
  }

  @Provide
  Arbitrary<Ruleset> rulesets() {
    Arbitrary<Bonus> bonuses = Combinators.combine(ruleIds(), names(), indicatorIds(), methods(1)).as(Bonus::new);
    Arbitrary<Veto> vetoes = Combinators.combine(ruleIds(), names(), conditions(2), Arbitraries.of(Veto.Effect.class),
        ruleIds().list().ofMaxSize(2)).as(Veto::new);
    Arbitrary<Gate> gates = Combinators.combine(ruleIds(), names(), conditions(2)).as(Gate::new);
    Arbitrary<Grade> grades = Combinators.combine(ruleIds(), names(),
        Combinators.combine(fixed(), Arbitraries.of(Boundary.class)).as(Bound::new).optional(),
        ruleIds().list().ofMaxSize(2)).as(Grade::new);
    Arbitrary<Quota> quotas = Combinators.combine(ruleIds(), ruleIds(), kinds().optional(), fixed().optional(),
        Arbitraries.integers().between(0, 1000).optional(), roundings(), tieBreaks()).as(Quota::new);
    // and shares written as exact fractions ("1/3"), read back as the same numerator and denominator
    quotas = Combinators.combine(quotas, Combinators.combine(Arbitraries.longs().between(0, 999),
        Arbitraries.longs().between(1, 999)).as(Fraction::of).optional(0.3))
        .as((q, share) -> share.map(q::withShare).orElse(q));
    Arbitrary<Optional<RulesetRef>> parents = Combinators.combine(ids(), ids(), Arbitraries.integers().between(1, 9))
        .as((d, i, v) -> new RulesetRef(DistrictId.of(d), RulesetId.of(i), v)).optional();
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(
            Combinators.combine(ids(), ids(), Arbitraries.integers().between(1, 99), names(), dates,
                Arbitraries.integers().between(1, 3000).optional(), parents, kinds()).as(Head::new),
            indicators(2).list().ofMaxSize(3),
            Combinators.combine(indicatorIds(), names(), missingPolicies().optional()).as(InputSpec::new)
                .list().ofMaxSize(3),
            Combinators.combine(Arbitraries.of(Aggregation.class), roundings(), fixed().optional(),
                Arbitraries.of(true, false), missingPolicies().optional(), roundings().optional()).as(Tail::new),
            bonuses.list().ofMaxSize(2),
            vetoes.list().ofMaxSize(2),
            gates.list().ofMaxSize(2),
            Combinators.combine(grades.list().ofMaxSize(3), quotas.list().ofMaxSize(2), ids().list().ofMaxSize(2))
                .as(List::of))
        .as((h, inds, ins, t, bs, vs, gs, rest) -> {
          @SuppressWarnings("unchecked")
          List<Grade> gr = (List<Grade>) rest.get(0);
          @SuppressWarnings("unchecked")
          List<Quota> qs = (List<Quota>) rest.get(1);
          @SuppressWarnings("unchecked")
          List<String> removed = h.parent.isPresent() ? (List<String>) rest.get(2) : List.of();
          return Ruleset.builder(RulesetId.of(h.id), DistrictId.of(h.district), h.version, h.name, h.from, h.kind)
              .effectiveUntil(h.untilDays.map(d -> h.from.plusDays(d)).orElse(null)).parent(h.parent.orElse(null))
              .indicators(inds).inputs(ins).aggregation(t.aggregation, t.rounding).totalCap(t.totalCap.orElse(null))
              .pointsMustAddUp(t.mustAddUp).bonuses(bs).vetoes(vs).gates(gs).grades(gr).quotas(qs).removed(removed)
              .missing(t.missing.orElse(null)).rescaleRounding(t.rescaleRounding.orElse(null)).build();
        });
  }

  private record Head(String id, String district, int version, String name, LocalDate from,
      Optional<Integer> untilDays, Optional<RulesetRef> parent, OrgKind kind) {}

  private record Tail(Aggregation aggregation, Rounding rounding, Optional<Long> totalCap, boolean mustAddUp,
      Optional<MissingPolicy> missing, Optional<Rounding> rescaleRounding) {}
}
