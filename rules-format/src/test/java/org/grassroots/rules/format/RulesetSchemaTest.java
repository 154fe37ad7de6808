package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema accepts the shipped examples and names exactly the format's fields. */
class RulesetSchemaTest {
  static JsonNode schemaTree() throws IOException {
    try (InputStream in = RulesetSchemaTest.class.getResourceAsStream(RulesetFiles.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema shipped at " + RulesetFiles.SCHEMA_RESOURCE).isNotNull();
      return FileFormat.JSON.mapper().readTree(in);
    }
  }

  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree());
  }

  private static JsonNode yaml(String resource) throws IOException {
    try (InputStream in = RulesetSchemaTest.class.getResourceAsStream(resource)) {
      return FileFormat.of(resource).mapper().readTree(in);
    }
  }

  static List<String> examples() {
    List<String> all = new ArrayList<>(Examples.RULESETS);
    all.add("yungang.ruleset.json");
    all.addAll(Examples.SHAPES);
    return all;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theShippedExamplesValidate(String name) throws IOException {
    Set<ValidationMessage> errors = schema().validate(yaml(Examples.DIR + name));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writtenFilesValidateToo(String name) throws IOException {
    String json = RulesetFiles.toJson(Examples.read(name).ruleset());
    assertThat(schema().validate(FileFormat.JSON.mapper().readTree(json))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-field.yaml", "wrong-type.yaml", "missing-field.yaml"})
  void malformedFilesAreRefusedByTheSchemaAsByTheReader(String name) throws IOException {
    assertThat(schema().validate(yaml("/org/grassroots/rules/format/bad/" + name))).isNotEmpty();
  }

  @Test
  void theSchemaNamesExactlyTheFormatsFields() throws IOException {
    JsonNode s = schemaTree();
    assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    for (var e : Vocabulary.OBJECTS.entrySet()) {
      JsonNode def = e.getKey().equals("ruleset") ? s : s.path("$defs").path(e.getKey());
      assertThat(def.isMissingNode()).as("$defs/" + e.getKey()).isFalse();
      assertThat(names(def.path("properties"))).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(def.path("additionalProperties").asBoolean(true)).as(e.getKey() + " is closed").isFalse();
    }
  }

  @Test
  void theSchemaEnumsAreTheFormatsSpellings() throws IOException {
    JsonNode d = schemaTree().path("$defs");
    assertThat(values(d.path("rounding").path("enum"))).containsExactlyElementsOf(RulesetReader.ROUNDING.keySet());
    assertThat(values(d.path("aggregation").path("enum"))).containsExactlyElementsOf(RulesetReader.AGGREGATION.keySet());
    assertThat(values(d.path("method").path("properties").path("type").path("enum")))
        .containsExactlyElementsOf(Vocabulary.METHODS);
    assertThat(values(d.path("peerGroup").path("properties").path("basis").path("enum")))
        .containsExactlyElementsOf(Cursor.names(ScoringMethod.Basis.class).keySet());
    assertThat(values(d.path("tieBreak").path("properties").path("mode").path("enum")))
        .containsExactlyElementsOf(Cursor.names(TieBreak.RankMode.class).keySet());
    assertThat(values(d.path("veto").path("properties").path("effect").path("enum")))
        .containsExactlyElementsOf(Cursor.names(Veto.Effect.class).keySet());
    assertThat(Aggregation.values()).hasSize(2);
    assertThat(Rounding.values()).hasSize(RulesetReader.ROUNDING.size());
    for (String m : Vocabulary.METHODS) {
      assertThat(d.path(m).path("properties").path("type").path("const").asText()).isEqualTo(m);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"datong-city.cases.yaml", "yungang.cases.yaml", "pingcheng.cases.yaml",
      "member-points.cases.yaml", "branch-rating.cases.yaml", "minzhu-pingyi.cases.yaml", "jiguan-points.cases.yaml",
      "wuxing-chuangping.cases.yaml", "fazhan-dangyuan.cases.yaml", "xingji-chuangjian.cases.yaml",
      "branch-meetings.cases.yaml", "youxiu-lunwen.cases.yaml",
      "biye-sheji.cases.yaml"})
  void theShippedCasesValidateAgainstTheCasesSchema(String name) throws IOException {
    assertThat(casesSchema().validate(yaml(Examples.DIR + name))).isEmpty();
  }

  @Test
  void theCasesSchemaNamesExactlyTheCasesFields() throws IOException {
    JsonNode s = casesSchemaTree();
    assertThat(names(s.path("properties"))).isEqualTo(RulesetCases.FILE_FIELDS);
    assertThat(names(s.path("$defs").path("case").path("properties"))).isEqualTo(RulesetCases.CASE_FIELDS);
    assertThat(names(s.path("$defs").path("expect").path("properties"))).isEqualTo(RulesetCases.EXPECT_FIELDS);
    // a misspelt case field is refused by the schema as by the reader
    JsonNode bad = FileFormat.YAML.mapper().readTree(
        "ruleset: x.yaml\nperiod: 2024\ncases:\n  - {unit: u1, expcet: {total: 1}}\n");
    assertThat(casesSchema().validate(bad)).isNotEmpty();
  }

  private static JsonNode casesSchemaTree() throws IOException {
    try (InputStream in = RulesetSchemaTest.class.getResourceAsStream(RulesetFiles.CASES_SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      return FileFormat.JSON.mapper().readTree(in);
    }
  }

  private static JsonSchema casesSchema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(casesSchemaTree());
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> out = new LinkedHashSet<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
