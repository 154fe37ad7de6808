package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grassroots.rules.format.RulesetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cases file shipped in rules-format's examples — a ruleset's or a program's — passes under
 * {@code grassroots test} (issue 12: each rule shape's example from a published text "run by
 * {@code grassroots test} in CI"), and a wrong case in one of them fails at its file:line in both
 * languages.
 *
 * <p>The examples are found through the class path, where rules-format is a folder of classes in a
 * module build and a jar when the build packages it (verify, CI): the folder or the jar entry that
 * holds a known example is listed, so a cases file added to the examples is run with no change here.
 */
class ShippedExamplesTest {
  private static final String EXAMPLES = "/org/grassroots/rules/format/examples/";
  /** A file that is always among the examples: the folder (or jar folder) holding it is listed. */
  private static final String ANCHOR = "datong-city.ruleset.yaml";

  private final ToolRun tool = new ToolRun();

  @TempDir
  Path dir;

  /**
   * Copies every file of the shipped examples (from the class path, folder or jar) into {@code to},
   * keeping their relative paths, and returns the copied files by their relative names.
   */
  static List<String> copyExamples(Path to) throws IOException, URISyntaxException {
    URL anchor = RulesetFiles.class.getResource(EXAMPLES + ANCHOR);
    assertThat(anchor).as("the examples are on the class path").isNotNull();
    URI uri = anchor.toURI();
    if (!"jar".equals(uri.getScheme())) {
      return copyTree(Path.of(uri).getParent(), to);
    }
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      return copyTree(jar.getPath(EXAMPLES), to);
    } catch (FileSystemAlreadyExistsException e) {
      // opened elsewhere in this JVM: read through it and leave it open for its owner
      return copyTree(FileSystems.getFileSystem(uri).getPath(EXAMPLES), to);
    }
  }

  private static List<String> copyTree(Path from, Path to) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = from.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        Path target = to.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, Files.readAllBytes(f));
        names.add(name);
      }
    }
    return names;
  }

  private static boolean isCasesFile(String name) {
    return name.endsWith(".cases.yaml") || name.endsWith(".cases.yml") || name.endsWith(".cases.json");
  }

  @Test
  void everyShippedCasesFilePassesUnderGrassrootsTest() throws Exception {
    List<String> cases = copyExamples(dir).stream().filter(ShippedExamplesTest::isCasesFile).toList();
    // the examples as shipped when this test was written: rulesets' and programs' cases, including the
    // rule shapes' examples from published texts; files added later are run as well
    assertThat(cases).contains("datong-city.cases.yaml", "yungang.cases.yaml", "yungang-stars.cases.yaml",
        "minzhu-pingyi.cases.yaml", "jiguan-points.cases.yaml", "wuxing-chuangping.cases.yaml",
        "fazhan-dangyuan.cases.yaml", "xingji-chuangjian.cases.yaml");
    int all = 0;
    for (String name : cases) {
      Path file = dir.resolve(name);
      CasesFiles.Runner runner =
          CasesFiles.runner(file).orElseThrow(() -> new AssertionError(name + " is no cases file"));
      int count = runner.count(file);
      assertThat(count).as(name).isPositive();
      assertThat(tool.fresh("test", file.toString())).as(name + "\n" + tool).isZero();
      assertThat(tool.out.toString()).as(name).contains(file + ": " + count + " cases, " + count + " passed, 0 failed",
          file + "：共 " + count + " 个用例，通过 " + count + " 个，未通过 0 个").doesNotContain("FAILED");
      all += count;
    }
    // all together in one run too, as CI runs a folder: one line per file, exit 0
    List<String> args = new ArrayList<>(List.of("test"));
    cases.forEach(c -> args.add(dir.resolve(c).toString()));
    assertThat(tool.fresh(args.toArray(String[]::new))).as(tool::toString).isZero();
    assertThat(tool.out.toString().lines().filter(l -> l.contains(" passed, 0 failed")).count())
        .isEqualTo(cases.size());
    assertThat(all).as("cases run in all").isGreaterThanOrEqualTo(100);
  }

  @Test
  void everyShippedFileValidatesAndThePublishedTextExamplesHaveNoWarning() throws Exception {
    List<String> names = copyExamples(dir);
    List<String> published = List.of("minzhu-pingyi", "jiguan-points", "wuxing-chuangping", "fazhan-dangyuan",
        "xingji-chuangjian", "youxiu-lunwen", "biye-sheji");
    // the baselines a district file may inherit from: the YAML rulesets (yungang.ruleset.json repeats
    // yungang.ruleset.yaml in JSON, the same id twice in one library)
    Path library = Files.createDirectories(dir.resolve("library"));
    for (String name : names) {
      if (name.endsWith(".ruleset.yaml") && !name.contains("/")) {
        Files.copy(dir.resolve(name), library.resolve(name));
      }
    }
    int checked = 0;
    for (String name : names.stream().filter(n -> n.matches(".*\\.(yaml|yml|json)")).toList()) {
      Path file = dir.resolve(name);
      assertThat(tool.fresh("validate", file.toString(), "--library", library.toString())).as(name + "\n" + tool)
          .isZero();
      assertThat(tool.out.toString()).as(name).contains(file + ": ok");
      if (published.stream().anyMatch(p -> name.equals(p + ".ruleset.yaml"))) {
        assertThat(tool.out.toString()).as(name).doesNotContain("warning", "警告");
        checked++;
      }
    }
    assertThat(checked).isEqualTo(published.size());
  }

  @Test
  void theRuleShapeExamplesRunTheirCases() throws Exception {
    // issue 12, 2a–2i: the examples from published texts, each with every case it declares
    copyExamples(dir);
    Map<String, Integer> expected = Map.of("minzhu-pingyi.cases.yaml", 13, "jiguan-points.cases.yaml", 13,
        "wuxing-chuangping.cases.yaml", 12, "fazhan-dangyuan.cases.yaml", 11, "xingji-chuangjian.cases.yaml", 10,
        "youxiu-lunwen.cases.yaml", 30, "biye-sheji.cases.yaml", 20);
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      int n = e.getValue();
      assertThat(tool.fresh("test", file.toString())).as(tool::toString).isZero();
      assertThat(tool.out.toString()).contains(file + ": " + n + " cases, " + n + " passed, 0 failed");
    }
  }

  @Test
  void aWrongCaseInAShippedExampleFailsAtItsLineInBothLanguages() throws Exception {
    copyExamples(dir);
    Path cases = dir.resolve("minzhu-pingyi.cases.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(cases));
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("unit: p09,")) {
        lines.set(i, lines.get(i).replace("grade: 不合格", "grade: 合格"));
        line = i + 1;
      }
    }
    assertThat(line).isPositive();
    Files.write(cases, lines);
    assertThat(tool.run("test", cases.toString())).isEqualTo(Grassroots.INVALID);
    String out = tool.out.toString();
    String shown = dir.getFileName() + "/minzhu-pingyi.cases.yaml";
    assertThat(out).contains("FAILED " + shown + ":" + line + ":", "未通过 " + shown + ":" + line + ":", "评定意见不合格",
        "expected grade = 合格, got 不合格", "grade 应为 合格，实为 不合格", cases + ": 13 cases, 12 passed, 1 failed",
        cases + "：共 13 个用例，通过 12 个，未通过 1 个");
    assertThat(out.split("FAILED ", -1)).hasSize(2);
  }
}
