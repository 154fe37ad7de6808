package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RulesetFilesTest {

  static List<String> examples() {
    return Examples.RULESETS;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleReadsAndRoundTripsThroughYamlAndJson(String name) {
    Ruleset r = Examples.read(name).ruleset();
    for (FileFormat f : FileFormat.values()) {
      String text = RulesetFiles.write(r, f);
      Ruleset back = RulesetFiles.read(f == FileFormat.JSON ? "x.json" : "x.yaml", text).ruleset();
      assertThat(back).as("%s via %s:%n%s", name, f, text).isEqualTo(r);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyEffectiveExampleRoundTrips(String name) {
    RulesetLibrary lib = Examples.library();
    Ruleset eff = lib.effective(Examples.read(name));
    assertThat(RulesetFiles.read("e.yaml", RulesetFiles.toYaml(eff)).ruleset()).isEqualTo(eff);
  }

  @Test
  void theJsonExampleIsTheSameRulesetAsTheYamlOne() {
    RulesetDocument json = Examples.read("yungang.ruleset.json");
    assertThat(json.ruleset()).isEqualTo(Examples.read("yungang.ruleset.yaml").ruleset());
    // JSON locations are tracked as well
    assertThat(json.locate("vetoes[0].when").line()).isGreaterThan(json.locate("vetoes[0]").line());
  }

  @Test
  void theBaselineHasSevenCategoriesAndThirtySubItems() {
    Ruleset r = Examples.read("datong-city.ruleset.yaml").ruleset();
    assertThat(r.indicators()).hasSize(7);
    assertThat(r.indicators().stream().mapToInt(i -> i.children().size()).sum()).isEqualTo(30);
    assertThat(r.indicators().get(0).name()).isEqualTo("组织建设");
  }

  @Test
  void theExamplesUseEveryScoringMethod() {
    Set<String> codes = new HashSet<>();
    List<String> all = new java.util.ArrayList<>(Examples.RULESETS);
    all.addAll(Examples.SHAPES);
    for (String n : all) {
      Ruleset r = Examples.read(n).ruleset();
      r.indicators().forEach(i -> i.forEach(x -> x.method().ifPresent(m -> collect(m, codes))));
      r.bonuses().forEach(b -> collect(b.method(), codes));
    }
    assertThat(codes).containsExactlyInAnyOrderElementsOf(Vocabulary.METHODS);
  }

  private static void collect(ScoringMethod m, Set<String> codes) {
    codes.add(m.code());
    if (m instanceof ScoringMethod.Limited l) {
      collect(l.inner(), codes);
    } else if (m instanceof ScoringMethod.Sum s) {
      s.parts().forEach(p -> collect(p, codes));
    }
  }

  @Test
  void decimalsAreReadExactlyNeverThroughDouble() {
    String yaml = """
        id: t
        district: d
        version: 1
        name: 测试
        effectiveFrom: 2024-01-01
        subjectKind: community
        indicators:
          - id: x
            name: 子项
            points: "0.1"
            method:
              type: bands
              bands:
                - {below: 89.995, points: 0}
                - {atLeast: 89.995, points: 0.3333}
        """;
    Ruleset r = RulesetFiles.read("t.yaml", yaml).ruleset();
    ScoringMethod.Bands b = (ScoringMethod.Bands) r.indicators().get(0).method().orElseThrow();
    assertThat(b.bands().get(1).lower()).contains(Bound.inclusive(899_950));
    assertThat(b.bands().get(1).points()).isEqualTo(3_333);
    assertThat(r.indicators().get(0).points()).isEqualTo(1_000);
    assertThat(RulesetFiles.toYaml(r)).contains("atLeast: 89.995").contains("points: 0.3333");
    assertThat(RulesetFiles.toJson(r)).contains("\"atLeast\" : 89.995");
    // 89.995 against 90: the boundary is decided exactly
    assertThat(b.bands().get(1).contains(Fixed.parse("89.995"))).isTrue();
    assertThat(b.bands().get(1).contains(Fixed.parse("89.9949"))).isFalse();
  }

  @Test
  void aByteOrderMarkFromAWindowsEditorIsSkipped() throws Exception {
    String yaml = RulesetFiles.toYaml(Examples.read("yungang.ruleset.yaml").ruleset());
    String json = RulesetFiles.toJson(Examples.read("yungang.ruleset.yaml").ruleset());
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bom");
    java.nio.file.Path y = java.nio.file.Files.writeString(dir.resolve("a.yaml"), "\uFEFF" + yaml);
    java.nio.file.Path j = java.nio.file.Files.writeString(dir.resolve("a.json"), "\uFEFF" + json);
    assertThat(RulesetFiles.read(y).ruleset()).isEqualTo(RulesetFiles.read(j).ruleset());
    assertThat(RulesetFiles.read(y).locate("indicators[0]").line()).isEqualTo(
        RulesetFiles.read("a.yaml", yaml).locate("indicators[0]").line());
  }

  @Test
  void chineseNamesAreWrittenAsTheyAre() {
    Ruleset r = Examples.read("datong-city.ruleset.yaml").ruleset();
    assertThat(RulesetFiles.toYaml(r)).contains("name: 组织建设").contains("大同市社区党建考核基准（2024）");
    assertThat(RulesetFiles.toJson(r)).contains("\"组织建设\"");
  }

  @Test
  void idsAndNamesThatYaml11ReadsAsBase60NumbersStayText() {
    Ruleset base = Examples.read("datong-city.ruleset.yaml").ruleset();
    for (String id : List.of("0:0.", "1:30", "12:30:00", "1:2.5")) {
      Ruleset r = base.toBuilder().identity(org.grassroots.rules.RulesetId.of(id), base.district(), base.version(), id)
          .build();
      String yaml = RulesetFiles.toYaml(r);
      assertThat(yaml).contains("id: \"" + id + "\"");
      assertThat(RulesetFiles.read("r.yaml", yaml).ruleset()).isEqualTo(r);
    }
  }

  @Test
  void percentagesAreSharesAndTooManyDecimalsAreRefused() {
    Ruleset city = Examples.read("datong-city.ruleset.yaml").ruleset();
    assertThat(city.quotas().get(0).maxShare()).contains(Fraction.ofShare(2_000L));
    String yaml = """
        id: t
        district: d
        version: 1
        name: 测试
        effectiveFrom: 2024-01-01
        subjectKind: community
        totalCap: 99.12345
        """;
    assertThatThrownBy(() -> RulesetFiles.read("t.yaml", yaml))
        .isInstanceOf(RulesetFileException.class)
        .hasMessageContaining("t.yaml:7:11")
        .hasMessageContaining("99.12345")
        .hasMessageContaining("小数位不超过 4 位");
  }

  /** The origin map follows the same override rules as the core resolver. */
  @ParameterizedTest
  @MethodSource("examples")
  void originsAgreeWithTheResolver(String name) {
    RulesetLibrary lib = Examples.library();
    RulesetDocument doc = Examples.read(name);
    Ruleset eff = lib.effective(doc);
    List<RulesetDocument> chain = new ArrayList<>();
    for (RulesetDocument d = doc; d != null;
        d = d.ruleset().parent().flatMap(lib::document).orElse(null)) {
      chain.add(0, d);
    }
    Origins o = Origins.of(chain);
    List<String> ids = new ArrayList<>();
    eff.indicators().forEach(i -> i.forEach(x -> ids.add(x.id().value())));
    assertThat(o.indicatorIds()).isEqualTo(ids);
    assertThat(o.listIds("grades")).isEqualTo(eff.grades().stream().map(g -> g.id().value()).toList());
    assertThat(o.listIds("vetoes")).isEqualTo(eff.vetoes().stream().map(g -> g.id().value()).toList());
    assertThat(o.listIds("inputs")).isEqualTo(eff.inputs().stream().map(g -> g.id().value()).toList());
    assertThat(o.listIds("quotas")).isEqualTo(eff.quotas().stream().map(g -> g.id().value()).toList());
    assertThat(o.listIds("bonuses")).isEqualTo(eff.bonuses().stream().map(g -> g.id().value()).toList());
    assertThat(o.listIds("gates")).isEqualTo(eff.gates().stream().map(g -> g.id().value()).toList());
    // every effective indicator path leads to a declaration with the same id
    for (int i = 0; i < eff.indicators().size(); i++) {
      Indicator top = eff.indicators().get(i);
      Origins.Origin at = o.locate("indicators[" + i + "]");
      assertThat(at.doc().locations()).containsKey(at.path());
      assertThat(top.id().value()).isEqualTo(indicatorAt(at.doc().ruleset(), at.path()).id().value());
    }
  }

  private static Indicator indicatorAt(Ruleset r, String path) {
    String[] parts = path.split("\\.");
    Indicator cur = r.indicators().get(index(parts[0]));
    for (int k = 1; k < parts.length; k++) {
      cur = cur.children().get(index(parts[k]));
    }
    return cur;
  }

  private static int index(String seg) {
    return Integer.parseInt(seg.substring(seg.indexOf('[') + 1, seg.indexOf(']')));
  }
}
