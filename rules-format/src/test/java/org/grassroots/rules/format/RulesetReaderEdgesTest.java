package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Small malformed snippets: each gives its message key at its path and line. */
class RulesetReaderEdgesTest {
  static final String HEAD = """
      id: t
      district: d
      version: 1
      name: 测试
      effectiveFrom: 2024-01-01
      subjectKind: community
      """;

  static Stream<Arguments> snippets() {
    return Stream.of(
        Arguments.of("a key twice", "name: 又一个\n", "format.duplicateKey", 7),
        Arguments.of("a method that is not a mapping",
            "indicators:\n  - {id: a, name: 甲, points: 1, method: 5}\n", "format.type", 8),
        Arguments.of("an unknown method type",
            "indicators:\n  - {id: a, name: 甲, points: 1, method: {type: stars}}\n", "format.enum", 8),
        Arguments.of("a field of another method",
            "indicators:\n  - {id: a, name: 甲, points: 1, method: {type: yesNo, ifYes: 1, cap: 2}}\n",
            "format.unknownField", 8),
        Arguments.of("both lower ends of a band",
            "indicators:\n  - id: a\n    name: 甲\n    points: 1\n    method:\n      type: bands\n      bands:\n"
                + "        - {atLeast: 1, above: 1, points: 1}\n", "format.atMostOne", 14),
        Arguments.of("a condition with two keys",
            "gates:\n  - {id: g, name: 门槛, condition: {total: {atLeast: 1}, present: x}}\n", "format.oneOf", 8),
        Arguments.of("a comparison with no operator",
            "gates:\n  - {id: g, name: 门槛, condition: {total: {}}}\n", "format.oneOf", 8),
        Arguments.of("a weighted category without its rounding",
            "indicators:\n  - {id: a, name: 甲, points: 1, aggregation: weighted, children: []}\n", "format.missing", 8),
        Arguments.of("a ratio without a target",
            "indicators:\n  - {id: a, name: 甲, points: 1, method: {type: ratio, points: 1, maxRatio: 1, rounding: up}}\n",
            "format.missing", 8),
        Arguments.of("an unknown rounding",
            "indicators:\n  - {id: a, name: 甲, points: 1, method: {type: count, each: 1, cap: 2, rounding: nearest}}\n",
            "format.enum", 8),
        Arguments.of("a percentage that is not one",
            "quotas:\n  - {id: q, grade: g, maxShare: 'abc%', rounding: floor, tieBreak: {mode: dense}}\n",
            "format.number", 8),
        Arguments.of("a blank name refused by the model",
            "inputs:\n  - {id: x, name: '  '}\n", "input.blank", 8),
        Arguments.of("a date that is not one", "effectiveUntil: 2024-02-30\n", "format.date", 7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void eachProblemIsNamedWhereItIs(String what, String tail, String key, int line) {
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class,
        () -> RulesetFiles.read("s.yaml", HEAD + tail));
    assertThat(e).as(what).isNotNull();
    RulesetProblem p = e.problems().get(0);
    assertThat(p.key()).as(what + ": " + p).isEqualTo(key);
    assertThat(p.at().line()).as(what + ": " + p).isEqualTo(line);
    assertThat(p.message(Locale.ENGLISH)).startsWith("s.yaml:" + line + ":");
    assertThat(p.message(Locale.CHINESE)).startsWith("s.yaml:" + line + ":").isNotEqualTo(p.message(Locale.ENGLISH));
  }
}
