package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.grassroots.input.Excerpt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written to hurt (恶意输入): numbers whose arithmetic would fill the heap, megabytes of input,
 * other scripts' digits, other encodings, YAML features the format does not take. Each is refused
 * as a {@link RulesetFileException} naming the file and line, in both languages, quoting at most an
 * excerpt of the input.
 */
class HostileInputTest {
  static final String HEAD = RulesetReaderEdgesTest.HEAD;

  @TempDir Path dir;

  static RulesetFileException refused(ThrowingCallable read) {
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, read);
    assertThat(e).as("refused as a RulesetFileException").isNotNull();
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.getMessage(Locale.ENGLISH)).isNotEqualTo(e.getMessage(Locale.CHINESE));
    assertThat(e.getMessage().length()).as("no megabytes echoed").isLessThan(2_000);
    return e;
  }

  static RulesetProblem first(RulesetFileException e) {
    return e.problems().get(0);
  }

  static String key(RulesetProblem p) {
    return p.refusal().map(r -> r.key()).orElse(p.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "'1e999999999'", "1.0e+999999999", "-1.5E-999999999",
      "0e-999999999", "12345678901234567890123"})
  void aNumberWhoseArithmeticWouldFillTheHeapIsRefusedAtItsLine(String number) {
    String text = HEAD + "totalCap: " + number + "\n";
    RulesetProblem p = first(refused(() -> RulesetFiles.read("huge.yaml", text)));
    assertThat(key(p)).isIn("rules.numberOutOfRange", "format.limit");
    assertThat(p.at().line()).isEqualTo(7);
    assertThat(p.message(Locale.ENGLISH)).startsWith("huge.yaml:7:").contains("totalCap");
  }

  @Test
  void aHugeNumberAsAnIdOrInAJsonFileIsRefusedToo() {
    // a number past the limits stays the text written: as an id it is refused by the id's pattern
    RulesetProblem p = first(refused(() -> RulesetFiles.read("id.yaml", HEAD.replace("id: t", "id: 1.0e+999999999"))));
    assertThat(key(p)).isEqualTo("input.pattern");
    assertThat(p.at().line()).isEqualTo(1);
    RulesetProblem j = first(refused(() -> RulesetFiles.read("r.json",
        "{\"id\": \"t\", \"district\": \"d\", \"version\": 1, \"name\": \"n\", \"effectiveFrom\": \"2024-01-01\",\n"
            + "\"subjectKind\": \"community\", \"totalCap\": 1e999999999}")));
    assertThat(key(j)).isEqualTo("rules.numberOutOfRange");
    assertThat(j.at().line()).isEqualTo(2);
  }

  @Test
  void aCasesFileWithAHugeValueIsRefusedAtItsLine() throws IOException {
    Files.writeString(dir.resolve("r.ruleset.yaml"), HEAD
        + "indicators:\n  - {id: a, name: 甲, points: 10, method: {type: count, each: 1, cap: 10, rounding: down}}\n");
    Path cases = dir.resolve("r.cases.yaml");
    Files.writeString(cases, """
        ruleset: r.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, inputs: {a: 1e-999999999}, expect: {total: 0}}
        """);
    RulesetProblem p = first(refused(() -> RulesetCases.read(cases)));
    assertThat(key(p)).isEqualTo("rules.numberOutOfRange");
    assertThat(p.at().line()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"٣", "३", "１", "'٣٠'", "9\u0966"})
  void digitsOfOtherScriptsAreNotNumbers(String number) {
    RulesetProblem p = first(refused(() -> RulesetFiles.read("d.yaml", HEAD + "totalCap: " + number + "\n")));
    assertThat(key(p)).isEqualTo("rules.notANumber");
    assertThat(p.at().line()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", ".nan", "0x1F", "0o17", "0b101", "1_000", "1:30", "!!float .nan"})
  void yamlsOtherNumberSpellingsAreRefusedAsNumbers(String number) {
    RulesetProblem p = first(refused(() -> RulesetFiles.read("y.yaml", HEAD + "totalCap: " + number + "\n")));
    assertThat(key(p)).isEqualTo("rules.notANumber");
    assertThat(p.message(Locale.ENGLISH)).startsWith("y.yaml:7:").contains("totalCap");
  }

  @Test
  void aLeadingZeroIsDecimalNotYamlOctal() {
    assertThat(RulesetFiles.read("z.yaml", HEAD + "totalCap: 017\n").ruleset().totalCap()).contains(170_000L);
  }

  @Test
  void aMillionDigitNumberIsRefusedByLengthAndNotEchoed() {
    String digits = "9".repeat(1_000_000);
    for (String value : new String[] {digits, "'" + digits + "'"}) {
      RulesetFileException e = refused(() -> RulesetFiles.read("m.yaml", HEAD + "totalCap: " + value + "\n"));
      assertThat(first(e).at().line()).isEqualTo(7);
      assertThat(e.getMessage()).doesNotContain("9".repeat(Excerpt.MAX + 1));
    }
    RulesetFileException json = refused(() -> RulesetFiles.read("m.json", "{\"totalCap\": " + digits + "}"));
    assertThat(first(json).key()).isEqualTo("format.limit");
  }

  @Test
  void aTextValueOverTheLimitIsRefusedAtItsLine() {
    String name = "名".repeat(FileLimits.MAX_TEXT + 1);
    RulesetFileException e = refused(() -> RulesetFiles.read("n.yaml", HEAD + "inputs:\n  - {id: x, name: " + name + "}\n"));
    assertThat(first(e).key()).isEqualTo("format.limit");
    assertThat(first(e).at().line()).isEqualTo(8);
    assertThat(e.getMessage()).doesNotContain("名".repeat(Excerpt.MAX + 1));
  }

  @Test
  void aThirtyMegabyteScalarAndATenMegabyteCommentAreRefusedAsTooLarge() {
    RulesetFileException scalar = refused(() -> RulesetFiles.read("s.yaml", HEAD + "name2: " + "x".repeat(30 << 20)));
    assertThat(first(scalar).key()).isEqualTo("format.limit");
    RulesetFileException comment = refused(() -> RulesetFiles.read("c.yaml", HEAD + "# " + "x".repeat(10 << 20) + "\n"));
    assertThat(first(comment).key()).isEqualTo("format.limit");
    assertThat(comment.getMessage(Locale.CHINESE)).contains("文件");
  }

  @Test
  void aFileOnDiskOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
    Path big = dir.resolve("big.ruleset.yaml");
    Files.writeString(big, HEAD + "# " + "x".repeat(FileLimits.MAX_FILE_SIZE) + "\n");
    RulesetProblem p = first(refused(() -> RulesetFiles.read(big)));
    assertThat(p.key()).isEqualTo("format.tooLarge");
    assertThat(p.message(Locale.ENGLISH)).startsWith(big + ":1:");
  }

  @Test
  void aSecondYamlDocumentIsRefusedAtItsLine() {
    RulesetProblem p = first(refused(() -> RulesetFiles.read("two.yaml", HEAD + "---\n" + HEAD)));
    assertThat(p.key()).isEqualTo("format.secondDocument");
    assertThat(p.at().line()).isGreaterThanOrEqualTo(7);
    assertThat(p.message(Locale.ENGLISH)).contains("second YAML document");
    assertThat(p.message(Locale.CHINESE)).contains("第二个");
  }

  @Test
  void anchorsAndAliasesAreRefusedWithTheirName() {
    RulesetProblem p = first(refused(() -> RulesetFiles.read("a.yaml", HEAD
        + "inputs:\n  - &x {id: x, name: 甲}\n  - *x\n")));
    assertThat(p.key()).isEqualTo("format.alias");
    assertThat(p.at().line()).isEqualTo(8);
    assertThat(p.message(Locale.ENGLISH)).contains("&x").contains("not supported");
  }

  @Test
  void aGbkRulesetIsRefusedWithItsLineAndHowToConvertIt() throws IOException {
    Path gbk = dir.resolve("gbk.ruleset.yaml");
    Files.write(gbk, (HEAD.replace("测试", "test") + "inputs:\n  - {id: x, name: 党建}\n").getBytes(Charset.forName("GB18030")));
    RulesetFileException e = refused(() -> RulesetFiles.read(gbk));
    RulesetProblem p = first(e);
    assertThat(p.key()).isEqualTo("format.encoding");
    assertThat(p.at().line()).isEqualTo(8);
    assertThat(p.message(Locale.ENGLISH)).contains("GB18030").contains("iconv").doesNotContain("Input length");
    assertThat(p.message(Locale.CHINESE)).contains("UTF-8").contains("转换");
    // the same through a URL (classpath, cases files), which used to replace the bytes silently
    RulesetFileException viaUrl = refused(() -> RulesetFiles.read(gbk.toUri().toURL()));
    assertThat(first(viaUrl).key()).isEqualTo("format.encoding");
  }

  @Test
  void aGbkCasesFileIsRefusedToo() throws IOException {
    Path cases = dir.resolve("gbk.cases.yaml");
    Files.write(cases, "ruleset: r.yaml\nperiod: 2024\ncases:\n  - {unit: 单位1}\n".getBytes(Charset.forName("GBK")));
    RulesetProblem p = first(refused(() -> RulesetCases.read(cases)));
    assertThat(p.key()).isEqualTo("format.encoding");
    assertThat(p.at().line()).isEqualTo(4);
  }

  @Test
  void deepNestingIsRefusedAsALimit() {
    String deep = "[".repeat(FileLimits.MAX_NESTING + 5) + "]".repeat(FileLimits.MAX_NESTING + 5);
    RulesetProblem p = first(refused(() -> RulesetFiles.read("deep.yaml", HEAD + "removed: " + deep + "\n")));
    assertThat(p.key()).isIn("format.limit", "format.syntax");
    RulesetProblem j = first(refused(() -> RulesetFiles.read("deep.json", "{\"removed\": " + deep + "}")));
    assertThat(j.key()).isEqualTo("format.limit");
  }

  @Test
  void theShippedExamplesStillRead() {
    Examples.RULESETS.forEach(Examples::read);
    assertThat(RulesetFiles.read("ok.yaml", HEAD + "totalCap: 1e2\n").ruleset().totalCap()).contains(1_000_000L);
    assertThat(StandardCharsets.UTF_8).isNotNull();
  }
}
