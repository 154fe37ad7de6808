package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every tool reads the shipped files the same (issue 12 point 5): under YAML 1.1 resolution
 * (SnakeYAML's default resolver, as PyYAML and js-yaml resolve) every key is text, no value turns
 * into a date, and the tree validates against the published schema; the former {@code yes}/{@code no}
 * keys are still read, with a warning at their line.
 */
class Yaml11ReadersTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static List<String> shippedYaml() throws IOException, URISyntaxException {
    Path dir = Path.of(Examples.url("datong-city.ruleset.yaml").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  /** The file as a YAML 1.1 tool loads it. */
  private static Object yaml11(String text) {
    return new Yaml().load(text);
  }

  private static String text(String example) throws IOException {
    try (InputStream in = Examples.url(example).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every mapping key that is not text, and every value that is not text, a number, a boolean or a list/mapping. */
  private static List<String> notPlain(Object node, String path) {
    List<String> out = new ArrayList<>();
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if (!(k instanceof String)) {
          out.add(path + ": key " + k + " is a " + k.getClass().getSimpleName());
        }
        out.addAll(notPlain(v, path + "/" + k));
      });
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        out.addAll(notPlain(l.get(i), path + "/" + i));
      }
    } else if (node != null && !(node instanceof String || node instanceof Number || node instanceof Boolean)) {
      out.add(path + ": " + node + " is a " + node.getClass().getSimpleName());
    }
    return out;
  }

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = Yaml11ReadersTest.class.getResourceAsStream(resource)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PLAIN.readTree(in));
    }
  }

  private static String schemaOf(String name) {
    try {
      return FileKind.recognise(name, text(name)).schemaResource();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("shippedYaml")
  void everyShippedExampleReadsTheSameUnderYaml11AndValidates(String name) throws IOException {
    Object tree = yaml11(text(name));
    assertThat(notPlain(tree, "")).as(name).isEmpty();
    JsonNode json = PLAIN.valueToTree(tree);
    assertThat(schema(schemaOf(name)).validate(json)).as(name).isEmpty();
  }

  @Test
  void thereAreShippedRulesetsAndCasesToCheck() throws Exception {
    assertThat(shippedYaml()).contains("datong-city.ruleset.yaml", "datong-city.cases.yaml", "yungang.ruleset.yaml");
  }

  @ParameterizedTest
  @MethodSource("shippedYaml")
  void writtenRulesetsReadTheSameUnderYaml11(String name) throws IOException {
    if (FileKind.recognise(name, text(name)) != FileKind.RULESET) {
      return; // this writer writes rulesets
    }
    String written = RulesetFiles.toYaml(Examples.read(name).ruleset());
    Object tree = yaml11(written);
    assertThat(notPlain(tree, "")).as(written).isEmpty();
    assertThat(written).contains("effectiveFrom: \"20");
    assertThat(schema(RulesetFiles.SCHEMA_RESOURCE).validate(PLAIN.valueToTree(tree))).as(written).isEmpty();
  }

  private static final String OLD = """
      id: t
      district: d
      version: 1
      name: 旧写法
      effectiveFrom: 2024-01-01
      subjectKind: community-org
      indicators:
        - {id: a, name: 甲, points: 4, method: {type: yesNo, yes: 4, no: 1}}
      """;

  @Test
  void theFormerKeysAreBooleansToYaml11ToolsAndDatesAreTimestamps() {
    // what the renaming is for: this is how PyYAML / js-yaml / SnakeYAML see the old spelling
    assertThat(notPlain(yaml11(OLD), "")).anySatisfy(p -> assertThat(p).contains("key true is a Boolean"))
        .anySatisfy(p -> assertThat(p).contains("effectiveFrom: ").contains("is a Date"));
  }

  @Test
  void theFormerKeysAreStillReadWithAWarningAtTheirLineInBothLanguages() {
    RulesetDocument doc = RulesetFiles.read("old.yaml", OLD);
    Ruleset r = doc.ruleset();
    assertThat(r.indicators().get(0).method()).contains(new ScoringMethod.YesNo(Fixed.of(4), Fixed.of(1)));
    assertThat(doc.warnings()).hasSize(2);
    RulesetProblem yes = doc.warnings().get(0);
    assertThat(yes.at().file()).isEqualTo("old.yaml");
    assertThat(yes.at().line()).isEqualTo(8);
    assertThat(yes.path()).isEqualTo("indicators[0].method.ifYes");
    assertThat(yes.message(Locale.ENGLISH)).startsWith("old.yaml:8:").contains("\"yes\"").contains("\"ifYes\"")
        .contains("warning");
    assertThat(yes.message(Locale.SIMPLIFIED_CHINESE)).contains("警告").contains("“yes”").contains("“ifYes”");
    assertThat(doc.warnings().get(1).path()).isEqualTo("indicators[0].method.ifNo");
    // the file is written back in the new spelling, which reads without warnings
    String again = RulesetFiles.toYaml(r);
    assertThat(again).contains("ifYes: 4").contains("ifNo: 1").doesNotContain(" yes:");
    RulesetDocument back = RulesetFiles.read("new.yaml", again);
    assertThat(back.warnings()).isEmpty();
    assertThat(back.ruleset()).isEqualTo(r);
  }

  @Test
  void bothSpellingsAtOnceAreRefusedAtTheirLine() {
    String both = OLD.replace("yes: 4, no: 1", "yes: 4, ifYes: 4");
    assertThatThrownBy(() -> RulesetFiles.read("both.yaml", both)).isInstanceOfSatisfying(RulesetFileException.class,
        e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).at().line()).isEqualTo(8);
          assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("ifYes, yes");
          assertThat(e.problems().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("至多");
        });
  }

  @Test
  void theExamplesHaveNoWarnings() throws Exception {
    for (String n : shippedYaml()) {
      if (FileKind.recognise(n, text(n)) == FileKind.RULESET) {
        assertThat(Examples.read(n).warnings()).as(n).isEmpty();
      }
    }
  }
}
