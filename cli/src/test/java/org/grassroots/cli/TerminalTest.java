package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grassroots.rules.format.RulesetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from a ruleset reach the terminal without their control characters acting on it. */
class TerminalTest {
  @TempDir
  Path dir;

  @Test
  void controlCharactersInNamesAreEscapedInTableOutput() throws Exception {
    Path ruleset = dir.resolve("r.yaml");
    // YAML escapes: BEL, ESC (a colour sequence), a C1 control (CSI)
    Files.writeString(ruleset, RulesetFiles.toYaml(DefaultRuleset.ruleset()).replace("优秀", "\"ding\\x07\\x1b[31mred\\x9b2J\""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Grassroots.run(new String[] {"assess", "--communities", "10", "--ruleset", ruleset.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true))).as(err.toString()).isZero();
    assertThat(out.toString()).contains("ding\\u0007\\u001B[31mred\\u009B2J").doesNotContain("\u0007", "\u001b", "\u009b");
  }

  @Test
  void printableLeavesOrdinaryTextAloneAndEscapesEveryControlCharacter() {
    assertThat(Tables.printable("优秀 A-1 ok")).isEqualTo("优秀 A-1 ok");
    assertThat(Tables.printable("\u0000\u001f\u007f\u0080\u009f\u00a0"))
        .isEqualTo("\\u0000\\u001F\\u007F\\u0080\\u009F\u00a0");
    assertThat(Tables.table(java.util.List.of("a"), java.util.List.of(java.util.List.of("x\ty"))))
        .contains("x\\u0009y");
  }
}
