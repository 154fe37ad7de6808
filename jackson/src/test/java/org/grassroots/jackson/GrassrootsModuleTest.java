package org.grassroots.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.stars.Money;
import org.junit.jupiter.api.Test;

class GrassrootsModuleTest {
  static final DistrictId DEMO = DistrictId.of("demo");
  final ObjectMapper mapper = new ObjectMapper().registerModule(new GrassrootsModule());

  /** A host's DTO with the library's values and a fixed-point field. */
  record Row(OrgUnitId unit, DistrictId district, Period period, Money reward,
      @JsonSerialize(using = FixedPointSerializer.class) @JsonDeserialize(using = FixedPointDeserializer.class) long total,
      Map<IndicatorId, Money> perIndicator) {}

  @Test
  void valuesAreWrittenAsPlainJsonAndReadBackEqual() throws Exception {
    Row row = new Row(OrgUnitId.of("c1"), DEMO, Period.quarter(2024, 3), Money.ofFen(124_000_000),
        Fixed.parse("97.7143"), Map.of(IndicatorId.of("org.meetings"), Money.ofFen(1_612_903)));
    String json = mapper.writeValueAsString(row);
    JsonNode tree = mapper.readTree(json);
    assertThat(tree.get("unit").isTextual()).isTrue();
    assertThat(tree.get("unit").asText()).isEqualTo("c1");
    assertThat(tree.get("district").asText()).isEqualTo("demo");
    assertThat(tree.get("period").asText()).isEqualTo("2024-Q3");
    assertThat(json).contains("\"reward\":1240000.00").contains("\"total\":97.7143")
        .contains("\"perIndicator\":{\"org.meetings\":16129.03}");
    assertThat(mapper.readValue(json, Row.class)).isEqualTo(row);
  }

  @Test
  void everyTypedIdIsAString() throws Exception {
    List<Object> ids = List.of(MemberId.of("m-1"), RulesetId.of("community-assessment"), IndicatorId.of("org"));
    assertThat(mapper.writeValueAsString(ids)).isEqualTo("[\"m-1\",\"community-assessment\",\"org\"]");
    assertThat(mapper.readValue("\"m-1\"", MemberId.class)).isEqualTo(MemberId.of("m-1"));
  }

  @Test
  void moneyAndFixedPointAreReadExactlyFromNumbersOrStrings() throws Exception {
    assertThat(mapper.readValue("0.1", Money.class)).isEqualTo(Money.ofFen(10));
    assertThat(mapper.readValue("\"20000\"", Money.class)).isEqualTo(Money.ofYuan(20_000));
    String json = "{\"unit\":\"c1\",\"district\":\"demo\",\"period\":\"2024\",\"reward\":0,\"total\":89.995,\"perIndicator\":{}}";
    assertThat(mapper.readValue(json, Row.class).total()).isEqualTo(899_950L);
  }

  @Test
  void badValuesAreRefusedWithTheLibrarysBilingualMessageNamingTheField() {
    assertThatThrownBy(() -> mapper.readValue("{\"reward\":1.005}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reward").hasMessageContaining("1.005").hasMessageContaining("小数");
    assertThatThrownBy(() -> mapper.readValue("{\"total\":97.71431}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("total");
    assertThatThrownBy(() -> mapper.readValue("{\"reward\":-3}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("reward");
    assertThatThrownBy(() -> mapper.readValue("{\"unit\":\"a b\"}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("a b");
    assertThatThrownBy(() -> mapper.readValue("{\"period\":\"2024-Q5\"}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("2024-Q5");
    assertThatThrownBy(() -> mapper.readValue("{\"reward\":\"1e999999999\"}", Row.class))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("reward");
  }

  @Test
  void anErrorIsWrittenWithItsMessageInTheRequestedLocale() throws Exception {
    InvalidInputException e = new InvalidInputException("input.blank", "orgUnit.name", " ");
    JsonNode en = mapper.readTree(mapper.writer().with(Locale.ENGLISH).writeValueAsString(e));
    JsonNode zh = mapper.readTree(mapper.writer().with(Locale.CHINESE).writeValueAsString(e));
    assertThat(en.get("key").asText()).isEqualTo("input.blank");
    assertThat(en.get("field").asText()).isEqualTo("orgUnit.name");
    assertThat(en.get("message").asText()).isEqualTo(e.getMessage(Locale.ENGLISH)).contains("must not be blank");
    assertThat(zh.get("message").asText()).isEqualTo(e.getMessage(Locale.CHINESE)).isNotEqualTo(en.get("message").asText());
    assertThat(en.has("stackTrace")).isFalse();
  }

  @Test
  void anExplanationHasDecimalsAndTextInTheLocaleOfTheRequestOrOfTheModulesSource() throws Exception {
    Explanation e = explanation();
    JsonNode en = mapper.readTree(mapper.writer().with(Locale.ENGLISH).writeValueAsString(e));
    // 6 meetings of 7: 30 × 6/7 = 25.7143 (half up); 3 mentors × 5 = 15; satisfaction 95 → 50
    assertThat(en.get("total").decimalValue()).isEqualByComparingTo("90.7143");
    assertThat(Fixed.parse(en.get("total").asText())).isEqualTo(e.total());
    assertThat(en.get("unit").asText()).isEqualTo("c1");
    assertThat(en.get("grade").asText()).isEqualTo("excellent");
    assertThat(en.get("notAssessed").asBoolean()).isFalse(); // the demo ruleset has no exemption (免于考核)
    assertThat(en.get("exemptions").size()).isEqualTo(e.exemptions().size());
    JsonNode meetings = step(en, "org.meetings");
    assertThat(meetings.get("input").decimalValue()).isEqualByComparingTo("6");
    assertThat(meetings.get("value").decimalValue()).isEqualByComparingTo("25.7143");
    assertThat(en.get("text").asText()).isEqualTo(e.text(Locale.ENGLISH));
    assertThat(meetings.get("facts").get(0).asText()).isEqualTo(
        e.nodes().stream().filter(s -> s.id().equals("org.meetings")).findFirst().orElseThrow()
            .facts().get(0).text(Locale.ENGLISH));

    ObjectMapper perRequest = new ObjectMapper().registerModule(new GrassrootsModule(() -> Locale.CHINESE));
    JsonNode zh = perRequest.readTree(perRequest.writer().with(Locale.ENGLISH).writeValueAsString(e));
    assertThat(zh.get("text").asText()).isEqualTo(e.text(Locale.CHINESE)).isNotEqualTo(en.get("text").asText());
  }

  private static JsonNode step(JsonNode explanation, String id) {
    for (JsonNode s : explanation.get("steps")) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no step " + id);
  }

  static Explanation explanation() throws Exception {
    var doc = RulesetFiles.read(Objects.requireNonNull(GrassrootsModuleTest.class.getResource("/demo.ruleset.yaml")));
    CompiledRuleset rules = CompiledRuleset.compile(doc.ruleset());
    LocalDate d0 = LocalDate.of(2024, 1, 1);
    TreeSnapshot tree = TreeSnapshot.of(List.of(
        OrgUnit.establish(DEMO, OrgUnitId.of("s1"), OrgKind.STREET_COMMITTEE, "街道", null, d0),
        OrgUnit.establish(DEMO, OrgUnitId.of("c1"), OrgKind.COMMUNITY_ORG, "社区", OrgUnitId.of("s1"), d0)));
    Period y = Period.year(2024);
    Assessment a = rules.evaluate(InputColumns.of(tree, y, List.of(
        new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.meetings"), y, Fixed.of(6)),
        new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.mentoring"), y, Fixed.of(3)),
        new Measurement(OrgUnitId.of("c1"), IndicatorId.of("service.satisfaction"), y, Fixed.of(95)))));
    return a.explain(OrgUnitId.of("c1"));
  }

}
