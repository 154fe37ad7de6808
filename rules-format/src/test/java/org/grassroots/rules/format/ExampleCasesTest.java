package org.grassroots.rules.format;

import java.net.URL;
import java.util.List;

/** The shipped examples' fixture cases, run the way a district runs its own. */
class ExampleCasesTest extends RulesetCaseTests {
  @Override
  protected List<URL> casesFiles() {
    return List.of(
        Examples.url("datong-city.cases.yaml"),
        Examples.url("yungang.cases.yaml"),
        Examples.url("pingcheng.cases.yaml"));
  }
}
