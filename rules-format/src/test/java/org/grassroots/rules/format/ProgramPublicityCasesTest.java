package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Program cases pin what each unit is due beside what it is paid, and publicity runs (公示): a
 * proposed star through publicity events, its status and dates after them (issue 12 point 3).
 */
class ProgramPublicityCasesTest {
  private static final String DIR = ProgramFilesTest.DIR;
  private static final String HEAD = "program: yungang-stars.program.yaml\nperiod: 2022\n"
      + "defaults: {organisation: 95, co-governance: 95, basics: 95, service: 95, liveable: 95, secretary-on-file: yes,"
      + " dual.reportingRate: 0.95, staffing-rate: 1, ledger.fulfilmentRate: 0.9, ledger.demandClosureRate: 0.9}\n";

  /** The seed program and rulesets beside {@code cases}, written to {@code dir} as x.cases.yaml. */
  private static Path withSeeds(Path dir, String cases) throws IOException {
    for (String f : List.of("yungang-stars.program.yaml", "yungang-stars.ruleset.yaml", "yungang-types.program.yaml",
        "yungang-types.ruleset.yaml")) {
      try (InputStream in = ProgramPublicityCasesTest.class.getResourceAsStream(DIR + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    Path p = dir.resolve("x.cases.yaml");
    Files.writeString(p, cases);
    return p;
  }

  private static List<String> both(ProgramCases.Outcome o) {
    return o.mismatches().stream().map(m -> m.message(Locale.ENGLISH) + " | " + m.message(Locale.CHINESE)).toList();
  }

  @Test
  void underAShortBudgetEachUnitIsDueItsStarsAndPaidItsShare(@TempDir Path dir) throws IOException {
    // ¥100,000 for ¥320,000 due, pro rata: 100000/320000 of each unit's due, exactly
    Files.writeString(dir.resolve("budget.program.yaml"), "extends: yungang-stars.program.yaml\nprogram: budget\n"
        + "reward: {perStar: \"20000.00\", budget: \"100000.00\", shortfall: proRata}\n");
    Path p = withSeeds(dir, HEAD.replace("yungang-stars.program.yaml", "budget.program.yaml") + "cases:\n"
        + "  - {unit: c01, expect: {level: 5, due: \"100000.00\", paid: \"31250.00\"}}\n"
        + "  - {unit: c02, inputs: {organisation: 80}, expect: {level: 4, due: \"80000.00\", paid: \"25000.00\"}}\n"
        + "  - {unit: c03, inputs: {major-incident: yes}, expect: {level: 4, due: \"80000.00\", paid: \"25000.01\"}}\n"
        + "  - {unit: c04, inputs: {dual.reportingRate: 0.5, ledger.fulfilmentRate: 0.5}, expect: {due: \"60000\", paid: \"18750.00\"}}\n"
        + "totals: {due: \"320000.00\", paid: \"100000.00\", shortfall: \"220000.00\"}\n");
    ProgramCases cases = ProgramCases.read(p);
    List<ProgramCases.Outcome> out = cases.runAll();
    assertThat(out).hasSize(5);
    assertThat(out.get(0).passed()).as(out.get(0).mismatches().toString()).isTrue();
    assertThat(out.get(1).passed()).as(out.get(1).mismatches().toString()).isTrue();
    assertThat(out.get(3).passed()).as(out.get(3).mismatches().toString()).isTrue();
    assertThat(out.get(4).passed()).as(out.get(4).mismatches().toString()).isTrue();
    assertThat(both(out.get(2))).singleElement().asString().contains(p + ":7:", "cases[2].expect.paid",
        "expected paid = ", "25000.01", "25000.00", "应为").doesNotContain("due");
  }

  @Test
  void aWrongDueIsNamedBesidePaid(@TempDir Path dir) throws IOException {
    Path p = withSeeds(dir, HEAD + "cases:\n  - {unit: c01, expect: {due: \"99999.99\", paid: \"100000.00\"}}\n");
    assertThat(both(ProgramCases.read(p).run().get(0))).singleElement().asString()
        .contains(p + ":5:", "cases[0].expect.due", "99999.99", "100000.00");
  }

  @Test
  void wrongStatusesAndDatesAreNamedAtTheirLineInBothLanguages(@TempDir Path dir) throws IOException {
    Path p = withSeeds(dir, HEAD + "cases:\n  - {unit: c01, expect: {level: 5}}\n" + "publicity:\n"
        + "  - {unit: c01, star: pioneer, events: {publicised: \"2023-01-06\"}, asOf: \"2023-01-12\","
        + " expect: {status: confirmed, since: \"2023-01-12\", ends: \"2023-01-12\", confirmed: [pioneer]}}\n"
        + "  - {unit: c01, star: basics, events: {publicised: \"2023-01-06\"}, asOf: \"2023-01-13\","
        + " expect: {status: confirmed, since: \"2023-01-13\", ends: \"2023-01-13\", confirmed: [basics], holds: [basics]}}\n");
    List<ProgramCases.Outcome> out = ProgramCases.read(p).runAll();
    assertThat(out).hasSize(3);
    // the day before the seven days end it is still in publicity
    assertThat(both(out.get(1))).hasSize(4).anySatisfy(m -> assertThat(m).contains(p + ":7:",
        "publicity[0].expect.status", "expected status = confirmed, got publicised", "status 应为 confirmed，实为 publicised"))
        .anySatisfy(m -> assertThat(m).contains("publicity[0].expect.since", "got 2023-01-06"))
        .anySatisfy(m -> assertThat(m).contains("publicity[0].expect.ends", "got 2023-01-13"))
        .anySatisfy(m -> assertThat(m).contains("publicity[0].expect.confirmed", "got []"));
    // on the day they end, with no objection, it is confirmed (公示期满无异议); the unit holds all five
    assertThat(both(out.get(2))).singleElement().asString().contains(p + ":8:", "publicity[1].expect.holds",
        "[pioneer, co-governance, basics, service, liveable]");
  }

  @Test
  void anIllegalOrLateEventFailsTheRunNamingTheStatusTheEventAndTheRule(@TempDir Path dir) throws IOException {
    Path p = withSeeds(dir, HEAD + "cases:\n  - {unit: c01, expect: {level: 5}}\npublicity:\n"
        + "  - {unit: c01, star: pioneer, events: {proposed: \"2023-01-05\", confirmed: \"2023-01-06\"}, expect: {status: confirmed}}\n"
        + "  - {unit: c01, star: basics, events: {publicised: \"2023-01-06\", objected: \"2023-01-14\"}, expect: {status: objected}}\n"
        + "  - {unit: c01, star: service, events: {publicised: \"2023-01-06\", reviewed: \"2023-01-08\"}, expect: {status: reviewed}}\n");
    List<ProgramCases.Outcome> out = ProgramCases.read(p).runAll();
    assertThat(both(out.get(1))).singleElement().asString().contains(p + ":7:", "publicity[0].events.confirmed",
        "PROPOSED → CONFIRMED", "不能流转");
    assertThat(both(out.get(2))).singleElement().asString().contains(p + ":8:", "publicity[1].events.objected",
        "2023-01-14", "2023-01-13", "公示期");
    assertThat(both(out.get(3))).singleElement().asString().contains(p + ":9:", "PUBLICISED → REVIEWED");
  }

  @Test
  void aRunOfAnUnknownUnitStarOrStatusIsAProblemOfTheFileInBothLanguages(@TempDir Path dir) throws IOException {
    String cases = HEAD + "cases:\n  - {unit: c01, expect: {level: 5}}\npublicity:\n";
    Path p = withSeeds(dir, cases + "  - {unit: c09, star: pioneer, events: {publicised: \"2023-01-06\"}, expect: {status: publicised}}\n"
        + "  - {unit: c01, star: gold, events: {publicised: \"2023-01-06\"}, expect: {status: publicised}}\n");
    assertThatThrownBy(() -> ProgramCases.read(p).runAll()).isInstanceOfSatisfying(RulesetFileException.class, e -> {
      assertThat(e.getMessage()).contains(p + ":7:", "publicity[0].unit", "c09", p + ":8:", "publicity[1].star", "gold",
          "pioneer, co-governance");
      assertThat(e.problems()).allSatisfy(m -> assertThat(m.message(Locale.CHINESE)).containsPattern("\\p{IsHan}"));
    });
    Path q = withSeeds(dir, cases + "  - {unit: c01, star: pioneer, events: {published: \"2023-01-06\"}, expect: {status: publicised}}\n"
        + "  - {unit: c01, star: pioneer, events: {publicised: \"6 January\"}, expect: {status: publicised}}\n"
        + "  - {unit: c01, star: pioneer, events: {publicised: \"2023-01-06\", proposed: \"2023-01-05\"}, expect: {status: publicised}}\n"
        + "  - {unit: c01, star: pioneer, events: {publicised: \"2023-01-06\"}, expect: {status: done}}\n");
    assertThatThrownBy(() -> ProgramCases.read(q)).isInstanceOfSatisfying(RulesetFileException.class, e -> assertThat(e.getMessage())
        .contains(q + ":7:", "publicity[0].events.published", "publicised, objected", q + ":8:",
            "publicity[1].events.publicised", "6 January", q + ":9:", "publicity[2].events.proposed", q + ":10:",
            "publicity[3].expect.status", "done"));
    Path types = withSeeds(dir, "program: yungang-types.program.yaml\nperiod: 2022\ncases:\n  - {unit: c01, expect: {level: 0}}\n"
        + "publicity:\n  - {unit: c01, star: pioneer, events: {publicised: \"2023-01-06\"}, expect: {status: publicised}}\n");
    assertThatThrownBy(() -> ProgramCases.read(types).runAll()).isInstanceOf(RulesetFileException.class)
        .hasMessageContaining(types + ":6:").hasMessageContaining("publicity[0]").hasMessageContaining("types");
  }

  // ------------------------------------------------------------------ schema

  private static JsonSchema schema() throws IOException {
    try (InputStream in = ProgramCases.class.getResourceAsStream(ProgramCases.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ObjectMapper().readTree(in));
    }
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> out = new TreeSet<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSchemaNamesExactlyTheReadersFieldsAndStatusesAndTheSeedValidates() throws IOException {
    JsonNode s;
    try (InputStream in = ProgramCases.class.getResourceAsStream(ProgramCases.SCHEMA_RESOURCE)) {
      s = new ObjectMapper().readTree(in);
    }
    assertThat(s.get("$id").asText()).startsWith("https://");
    assertThat(names(s.get("properties"))).isEqualTo(new TreeSet<>(ProgramCases.FILE_FIELDS));
    assertThat(names(s.at("/$defs/expect/properties"))).isEqualTo(new TreeSet<>(ProgramCases.EXPECT_FIELDS));
    assertThat(names(s.at("/$defs/publicityRun/properties"))).isEqualTo(new TreeSet<>(PublicityCases.FIELDS));
    assertThat(names(s.at("/$defs/publicityRun/properties/expect/properties")))
        .isEqualTo(new TreeSet<>(PublicityCases.EXPECT_FIELDS));
    List<String> statuses = new ArrayList<>();
    s.at("/$defs/publicityRun/properties/expect/properties/status/enum").forEach(n -> statuses.add(n.asText()));
    assertThat(statuses).containsExactlyElementsOf(PublicityCases.STATUSES.keySet());
    try (InputStream in = ProgramCases.class.getResourceAsStream(DIR + "yungang-stars.cases.yaml")) {
      assertThat(schema().validate(new YAMLMapper().readTree(in))).isEmpty();
    }
    JsonNode bad = new YAMLMapper().readTree(HEAD + "cases:\n  - {unit: c01, expect: {level: 5}}\npublicity:\n"
        + "  - {unit: c01, star: pioneer, events: {published: \"2023-01-06\"}, expect: {status: publicised}}\n");
    assertThat(schema().validate(bad)).isNotEmpty();
  }
}
