package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Gate;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Uncapped;
import org.junit.jupiter.api.Test;

/**
 * Every permitted variant of the sealed rule families (scoring methods, conditions, operands) has a
 * file form: it round-trips model → file → model and the published schema knows it. The samples
 * below are checked against {@link Class#getPermittedSubclasses()}, so a new variant fails here until
 * it has a sample — and then fails again until the reader, writer and schema handle it.
 */
class SealedFamiliesTest {
  private static final IndicatorId X = IndicatorId.of("x1");

  /** One sample per kind of scoring method. */
  static Map<Class<?>, ScoringMethod> methods() {
    Map<Class<?>, ScoringMethod> m = new LinkedHashMap<>();
    ScoringMethod bands = new ScoringMethod.Bands(List.of(
        new ScoringMethod.Band(Optional.of(Bound.inclusive(Fixed.of(3))), Optional.empty(), Fixed.of(5), "好"),
        new ScoringMethod.Band(Optional.of(Bound.exclusive(Fixed.of(1))), Optional.of(Bound.exclusive(Fixed.of(3))),
            Fixed.of(2), "")), Fixed.of(1));
    m.put(ScoringMethod.Bands.class, bands);
    m.put(ScoringMethod.Linear.class, new ScoringMethod.Linear(0, 0, Fixed.of(10), Fixed.of(5), Rounding.HALF_UP));
    m.put(ScoringMethod.RatioToTarget.class, new ScoringMethod.RatioToTarget(Fixed.of(4), Optional.empty(), Fixed.of(5),
        Fixed.ONE, 0, Rounding.DOWN));
    m.put(ScoringMethod.CountTimesPoints.class, new ScoringMethod.CountTimesPoints(Fixed.of(1), Fixed.of(4), Rounding.HALF_UP));
    m.put(ScoringMethod.DeductionPerOccurrence.class,
        new ScoringMethod.DeductionPerOccurrence(Fixed.of(5), Fixed.of(1), 0, Rounding.HALF_UP));
    m.put(ScoringMethod.YesNo.class, new ScoringMethod.YesNo(Fixed.of(2), Fixed.of(1)));
    m.put(ScoringMethod.PeerGroupBands.class, new ScoringMethod.PeerGroupBands(OrgKind.of("street"),
        ScoringMethod.Basis.PERCENTILE, true, List.of(new ScoringMethod.ShareBand(Fixed.ONE / 5, Fixed.of(3), "前列")), 0,
        Rounding.HALF_UP, TieBreak.competition()));
    m.put(ScoringMethod.CarryOver.class, new ScoringMethod.CarryOver(Fixed.ONE / 2, Rounding.HALF_UP));
    m.put(ScoringMethod.Limited.class, new ScoringMethod.Limited(bands, Optional.of(0L), Optional.of(Fixed.of(4))));
    m.put(ScoringMethod.Sum.class, new ScoringMethod.Sum(List.of(bands, new ScoringMethod.YesNo(Fixed.of(1), 0))));
    m.put(ScoringMethod.AsEntered.class, new ScoringMethod.AsEntered(ScoringMethod.Ceiling.UNCAPPED));
    m.put(ScoringMethod.Constant.class, new ScoringMethod.Constant(Fixed.of(60)));
    m.put(ScoringMethod.RateBands.class, new ScoringMethod.RateBands(X, List.of(
        new ScoringMethod.Band(Optional.empty(), Optional.of(Bound.exclusive(9_000)), 0, "不足"),
        new ScoringMethod.Band(Optional.of(Bound.inclusive(9_000)), Optional.empty(), Fixed.of(5), "达标")), 0, Fixed.of(5)));
    m.put(Uncapped.Count.class, new Uncapped.Count(Fixed.of(2), Rounding.HALF_UP));
    m.put(Uncapped.Deduction.class, new Uncapped.Deduction(Fixed.of(10), Fixed.of(1), Rounding.DOWN));
    m.put(Uncapped.Ratio.class, new Uncapped.Ratio(0, Optional.of(X), Fixed.of(10), Fixed.of(1), Rounding.HALF_EVEN));
    m.put(ScoringMethod.ByCategory.class, new ScoringMethod.ByCategory(List.of(
        new ScoringMethod.CategoryPoints(new InputKind.Category(1, "市级示范"), Fixed.of(5)),
        new ScoringMethod.CategoryPoints(new InputKind.Category(2, "区级示范"), Fixed.of(3))), 0));
    return m;
  }

  /** One sample per kind of condition. */
  static Map<Class<?>, Condition> conditions() {
    Condition total = new Condition.Compare(new Condition.Operand.Total(), Comparison.AT_LEAST, Fixed.of(60));
    Map<Class<?>, Condition> m = new LinkedHashMap<>();
    m.put(Condition.Compare.class, total);
    m.put(Condition.EveryCategory.class, new Condition.EveryCategory(Comparison.ABOVE, Fixed.of(3)));
    m.put(Condition.AllOf.class, new Condition.AllOf(List.of(total, Condition.present("x1"))));
    m.put(Condition.AnyOf.class, new Condition.AnyOf(List.of(total)));
    m.put(Condition.Not.class, new Condition.Not(total));
    m.put(Condition.ShareOf.class, new Condition.ShareOf(new Condition.Operand.Score(IndicatorId.of("a1")),
        Comparison.AT_LEAST, Fraction.of(2, 3), new Condition.Operand.Total()));
    m.put(Condition.InCategory.class, new Condition.InCategory(X, List.of("预备党员")));
    m.put(Condition.OnDate.class, new Condition.OnDate(X, Comparison.BELOW, java.time.LocalDate.of(2024, 6, 30)));
    m.put(Condition.Periodic.class, Condition.Periodic.inAtLeast(10, X, Comparison.AT_LEAST, Fixed.of(1)));
    return m;
  }

  /** One sample per kind of operand, each in a comparison. */
  static Map<Class<?>, Condition> operands() {
    Map<Class<?>, Condition> m = new LinkedHashMap<>();
    m.put(Condition.Operand.Total.class, new Condition.Compare(new Condition.Operand.Total(), Comparison.BELOW, 5));
    m.put(Condition.Operand.Score.class,
        new Condition.Compare(new Condition.Operand.Score(IndicatorId.of("a1")), Comparison.EQUAL, Fixed.of(2)));
    m.put(Condition.Operand.Input.class, new Condition.Compare(new Condition.Operand.Input(X), Comparison.AT_MOST, 7));
    return m;
  }

  private static Set<Class<?>> permitted(Class<?> sealed) {
    assertThat(sealed.isSealed()).as(sealed + " is sealed").isTrue();
    return Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
  }

  @Test
  void thereIsASampleOfEveryPermittedVariant() {
    assertThat(methods().keySet()).isEqualTo(permitted(ScoringMethod.class));
    assertThat(conditions().keySet()).isEqualTo(permitted(Condition.class));
    assertThat(operands().keySet()).isEqualTo(permitted(Condition.Operand.class));
    methods().forEach((k, v) -> assertThat(v).isInstanceOf(k));
    conditions().forEach((k, v) -> assertThat(v).isInstanceOf(k));
    operands().forEach((k, v) -> assertThat(((Condition.Compare) v).operand()).isInstanceOf(k));
  }

  /** A ruleset holding every sample: each method as a bonus, each condition as a gate. */
  private static Ruleset withEverySample() {
    Ruleset.Builder b = Examples.read("datong-city.ruleset.yaml").ruleset().toBuilder();
    int i = 0;
    for (ScoringMethod m : methods().values()) {
      b.bonus(new Bonus(RuleId.of("b" + i++), "加分" + i, X, m));
    }
    List<Condition> all = new java.util.ArrayList<>(conditions().values());
    all.addAll(operands().values());
    all.add(Condition.present("x1"));
    for (Condition c : all) {
      b.gate(new Gate(RuleId.of("g" + i++), "门槛" + i, c));
    }
    return b.build();
  }

  @Test
  void everyVariantRoundTripsThroughYamlAndJsonAndTheSchemaAcceptsIt() throws IOException {
    Ruleset r = withEverySample();
    for (FileFormat f : FileFormat.values()) {
      String text = RulesetFiles.write(r, f);
      Ruleset back = RulesetFiles.read(f == FileFormat.JSON ? "x.json" : "x.yaml", text).ruleset();
      assertThat(back).as("via %s:%n%s", f, text).isEqualTo(r);
      assertThat(RulesetSchemaTest.schema().validate(f.mapper().readTree(text))).as(text).isEmpty();
    }
  }

  @Test
  void theSchemaNamesEveryVariantsFileForm() throws IOException {
    JsonNode defs = RulesetSchemaTest.schemaTree().path("$defs");
    List<String> types = values(defs.path("method").path("properties").path("type").path("enum"));
    for (ScoringMethod m : methods().values()) {
      String type = MethodFormat.of(m).type;
      assertThat(type).isEqualTo(m.code());
      assertThat(types).contains(type);
      assertThat(defs.path(type).path("properties").path("type").path("const").asText()).isEqualTo(type);
      assertThat(Set.copyOf(names(defs.path(type).path("properties")))).isEqualTo(MethodFormat.of(m).fields);
    }
    List<String> keys = names(defs.path("condition").path("properties"));
    List<Condition> all = new java.util.ArrayList<>(conditions().values());
    all.addAll(operands().values());
    for (Condition c : all) {
      String key = ConditionFormat.of(c).key;
      assertThat(keys).contains(key);
      assertThat(RulesetWriter.condition(c).has(key)).isTrue();
    }
    assertThat(ConditionFormat.of(Condition.present("x1"))).isEqualTo(ConditionFormat.PRESENT);
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
