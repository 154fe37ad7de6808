package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kinds of file: stable https {@code $id}s for their schemas, and telling a cases file from a ruleset. */
class FileKindTest {
  @TempDir Path dir;

  @Test
  void eachSchemaHasItsOwnStableHttpsIdAndIsTheShippedFile() throws IOException {
    Set<String> ids = new HashSet<>();
    for (FileKind k : FileKind.values()) {
      JsonNode schema = FileFormat.JSON.mapper().readTree(k.schema());
      assertThat(schema.path("$id").asText()).as(k.name()).isEqualTo(k.schemaId()).startsWith("https://");
      assertThat(k.schemaId()).endsWith("/" + k.schemaFileName());
      assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(ids.add(k.schemaId())).as("distinct ids").isTrue();
      try (InputStream in = FileKind.class.getResourceAsStream(k.schemaResource())) {
        assertThat(k.schema()).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(FileKind.RULESET.schemaId()).isEqualTo("https://grassroots.github.io/schemas/1/ruleset.schema.json");
    assertThat(FileKind.CASES.schemaId()).isEqualTo("https://grassroots.github.io/schemas/1/ruleset-cases.schema.json");
  }

  static java.util.List<String> shipped() throws Exception {
    java.util.List<String> all = new java.util.ArrayList<>(Yaml11ReadersTest.shippedYaml());
    all.add("yungang.ruleset.json");
    return all;
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedFileIsRecognisedByItsContentEvenUnderAnotherName(String name) throws IOException {
    // a program's cases file sits beside its program file: yungang-stars.cases.yaml, yungang-stars.program.yaml
    boolean ofAProgram = Examples.class.getResource(
        Examples.DIR + name.replace(".cases.", ".program.")) != null;
    FileKind expected = name.contains(".program.") ? FileKind.PROGRAM
        : name.contains(".cases.") ? (ofAProgram ? FileKind.PROGRAM_CASES : FileKind.CASES)
        : FileKind.RULESET;
    try (InputStream in = Examples.url(name).openStream()) {
      // renamed so that the name says nothing: the content decides
      Path renamed = dir.resolve("file" + (name.endsWith(".json") ? ".json" : ".yaml"));
      Files.write(renamed, in.readAllBytes());
      assertThat(FileKind.recognise(renamed)).isEqualTo(expected);
    }
  }

  @Test
  void aDeclaredSchemaDecidesThenTheNameWhenTheContentCannot() throws IOException {
    assertThat(FileKind.recognise("x.json", "{\"$schema\": \"" + FileKind.CASES.schemaId() + "\"}"))
        .isEqualTo(FileKind.CASES);
    assertThat(FileKind.recognise("x.json", "{\"$schema\": \"../ruleset.schema.json\", \"cases\": []}"))
        .isEqualTo(FileKind.RULESET);
    // a file with a syntax error, or not an object, is recognised by its name
    assertThat(FileKind.recognise("a.cases.yaml", "cases: [\n")).isEqualTo(FileKind.CASES);
    assertThat(FileKind.recognise("a.yaml", "cases: [\n")).isEqualTo(FileKind.RULESET);
    assertThat(FileKind.recognise("a.cases.yaml", "- 1\n")).isEqualTo(FileKind.CASES);
    assertThat(FileKind.recognise("a.program.yaml", "program: [\n")).isEqualTo(FileKind.PROGRAM);
    // a program's cases name their program; a program has no cases
    assertThat(FileKind.recognise("x.yaml", "program: p.program.yaml\nperiod: 2022\ncases: []\n"))
        .isEqualTo(FileKind.PROGRAM_CASES);
    assertThat(FileKind.recognise("x.yaml", "program: stars\nkind: stars\n")).isEqualTo(FileKind.PROGRAM);
    assertThat(FileKind.recognise("x.json", "{\"$schema\": \"" + FileKind.PROGRAM_CASES.schemaId() + "\"}"))
        .isEqualTo(FileKind.PROGRAM_CASES);
    // an unreadable file too
    assertThat(FileKind.recognise(dir.resolve("absent.cases.yaml"))).isEqualTo(FileKind.CASES);
    Path gbk = dir.resolve("gbk.yaml");
    Files.write(gbk, "cases: 案例\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
    assertThat(FileKind.recognise(gbk)).isEqualTo(FileKind.RULESET);
  }
}
