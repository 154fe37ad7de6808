package org.grassroots.rules.format.usage;

import java.net.URL;
import java.util.List;
import org.grassroots.rules.format.RulesetCaseTests;

/**
 * The shipped examples' fixture cases, run the way a district runs its own: from another package,
 * by subclassing {@link RulesetCaseTests}.
 */
class ExampleCasesTest extends RulesetCaseTests {
  private static final String DIR = "/org/grassroots/rules/format/examples/";

  @Override
  protected List<URL> casesFiles() {
    return List.of(
        ExampleCasesTest.class.getResource(DIR + "datong-city.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "yungang.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "pingcheng.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "xinrong.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "xinrong-refused.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "member-points.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "branch-rating.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "minzhu-pingyi.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "jiguan-points.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "wuxing-chuangping.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "fazhan-dangyuan.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "xingji-chuangjian.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "branch-meetings.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "youxiu-lunwen.cases.yaml"),
        ExampleCasesTest.class.getResource(DIR + "biye-sheji.cases.yaml"));
  }
}
