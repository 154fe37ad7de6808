package org.grassroots.rules.format;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example rulesets shipped in the jar: the 大同市 baseline and two district overrides. */
final class Examples {
  static final String DIR = "/org/grassroots/rules/format/examples/";
  static final List<String> RULESETS =
      List.of("datong-city.ruleset.yaml", "yungang.ruleset.yaml", "pingcheng.ruleset.yaml");
  /**
   * The complete example rulesets of the rule shapes published texts use (issue 12 point 2): two
   * written from typical clauses (every construct), and eight from named published texts.
   */
  static final List<String> SHAPES = List.of("member-points.ruleset.yaml", "branch-rating.ruleset.yaml",
      "minzhu-pingyi.ruleset.yaml", "jiguan-points.ruleset.yaml", "wuxing-chuangping.ruleset.yaml",
      "fazhan-dangyuan.ruleset.yaml", "xingji-chuangjian.ruleset.yaml",
      "branch-meetings.ruleset.yaml", "youxiu-lunwen.ruleset.yaml",
      "biye-sheji.ruleset.yaml");

  private Examples() {}

  static URL url(String name) {
    URL u = Examples.class.getResource(DIR + name);
    if (u == null) {
      throw new IllegalStateException("missing example " + name);
    }
    return u;
  }

  static RulesetDocument read(String name) {
    return RulesetFiles.read(url(name));
  }

  static RulesetLibrary library() {
    return RulesetLibrary.of(RULESETS.stream().map(Examples::read).toList());
  }

  /** Copies the example {@code name} into {@code dir} under its own name, as the tests' cases files refer to it. */
  static Path copy(String name, Path dir) throws IOException {
    try (InputStream in = url(name).openStream()) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }
}
