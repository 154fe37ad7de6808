package org.grassroots.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.stars.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module writes what the Jackson 2 one writes, and reads it back exactly. */
class Jackson3ModuleTest {
  final JsonMapper json = JsonMapper.builder().addModule(new GrassrootsModule()).build();

  /** A host's record with the library's values, a fixed-point field and ids as map keys. */
  record Payout(OrgUnitId unit, Period period, Money amount,
      @JsonSerialize(using = FixedPointSerializer.class) @JsonDeserialize(using = FixedPointDeserializer.class) long score,
      Map<IndicatorId, Money> byIndicator) {}

  @Test
  void idsAreStringsMoneyIsYuanScoresAreDecimalsAndAllReadBack() {
    Payout p = new Payout(OrgUnitId.of("c7"), Period.half(2025, 1), Money.ofFen(1_612_903), Fixed.parse("89.995"),
        Map.of(IndicatorId.of("service.satisfaction"), Money.ofYuan(20_000)));
    String text = json.writeValueAsString(p);
    assertThat(text).contains("\"unit\":\"c7\"", "\"period\":\"2025-H1\"", "\"amount\":16129.03", "\"score\":89.995",
        "\"byIndicator\":{\"service.satisfaction\":20000.00}");
    assertThat(json.readValue(text, Payout.class)).isEqualTo(p);
  }

  @Test
  void badValuesAreTheLibrarysRefusalNamingTheField() {
    assertThatThrownBy(() -> json.readValue("{\"amount\":0.001}", Payout.class)).rootCause()
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount").hasMessageContaining("0.001");
    assertThatThrownBy(() -> json.readValue("{\"score\":1.00001}", Payout.class)).rootCause()
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("score");
    assertThatThrownBy(() -> json.readValue("{\"unit\":\"x y\"}", Payout.class)).rootCause()
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("x y");
  }

  @Test
  void anErrorAndAnExplanationCarryTextInTheRequestedLocale() throws Exception {
    InvalidInputException e = new InvalidInputException("input.blank", "orgUnit.name", " ");
    JsonNode zh = json.readTree(json.writer().with(Locale.CHINESE).writeValueAsString(e));
    assertThat(zh.get("message").asString()).isEqualTo(e.getMessage(Locale.CHINESE));
    assertThat(zh.get("field").asString()).isEqualTo("orgUnit.name");
    assertThat(zh.has("stackTrace")).isFalse();

    Explanation x = explanation();
    JsonNode en = json.readTree(json.writer().with(Locale.ENGLISH).writeValueAsString(x));
    assertThat(en.get("total").decimalValue()).isEqualByComparingTo(Fixed.toBigDecimal(x.total()));
    assertThat(en.get("unit").asString()).isEqualTo("c1");
    assertThat(en.get("text").asString()).isEqualTo(x.text(Locale.ENGLISH));
    JsonMapper perRequest = JsonMapper.builder().addModule(new GrassrootsModule(() -> Locale.CHINESE)).build();
    assertThat(perRequest.readTree(perRequest.writeValueAsString(x)).get("text").asString())
        .isEqualTo(x.text(Locale.CHINESE));
  }

  @Property
  void everyAmountAndScoreReadsBackExactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen,
      @ForAll long fixed) {
    String text = json.writeValueAsString(new Payout(OrgUnitId.of("c1"), Period.year(2024), Money.ofFen(fen), fixed,
        Map.of()));
    // the numbers as written (a tree would read them through double)
    assertThat(new BigDecimal(number(text, "amount"))).isEqualTo(BigDecimal.valueOf(fen, 2));
    assertThat(new BigDecimal(number(text, "score"))).isEqualByComparingTo(Fixed.toBigDecimal(fixed));
    Payout back = json.readValue(text, Payout.class);
    assertThat(back.amount()).isEqualTo(Money.ofFen(fen));
    assertThat(back.score()).isEqualTo(fixed);
  }

  private static String number(String text, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.]+)").matcher(text);
    assertThat(m.find()).as("%s in %s", field, text).isTrue();
    return m.group(1);
  }

  private static Explanation explanation() throws Exception {
    var doc = RulesetFiles.read(Objects.requireNonNull(Jackson3ModuleTest.class.getResource("/demo.ruleset.yaml")));
    DistrictId d = DistrictId.of("demo");
    LocalDate d0 = LocalDate.of(2024, 1, 1);
    TreeSnapshot tree = TreeSnapshot.of(List.of(
        OrgUnit.establish(d, OrgUnitId.of("s1"), OrgKind.STREET_COMMITTEE, "街道", null, d0),
        OrgUnit.establish(d, OrgUnitId.of("c1"), OrgKind.COMMUNITY_ORG, "社区", OrgUnitId.of("s1"), d0)));
    Period y = Period.year(2024);
    return CompiledRuleset.compile(doc.ruleset()).evaluate(InputColumns.of(tree, y, List.of(
        new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.meetings"), y, Fixed.of(5)),
        new Measurement(OrgUnitId.of("c1"), IndicatorId.of("service.satisfaction"), y, Fixed.of(88)))))
        .explain(OrgUnitId.of("c1"));
  }
}
