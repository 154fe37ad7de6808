package org.grassroots.rules.format;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the fixture cases of ruleset files as JUnit 5 tests (规则测试): one dynamic test per case,
 * named by the case, in one container per cases file. A district points it at its own files:
 *
 * <pre>{@code
 * class OurRulesTest extends RulesetCaseTests {
 *   protected List<URL> casesFiles() {
 *     return List.of(OurRulesTest.class.getResource("/rules/yungang.cases.yaml"));
 *   }
 * }
 * }</pre>
 *
 * or calls {@link #dynamicTests(URL)} from its own {@code @TestFactory}. A failing case names the
 * cases file, the line of the case and each outcome that differs, in English and Chinese. A cases
 * file or ruleset that cannot be read or is invalid gives one failing test with every problem.
 *
 * <p>Needs JUnit Jupiter on the classpath (the test classpath); the module declares it optional.
 */
public abstract class RulesetCaseTests {

  /** The cases files to run. */
  protected abstract List<URL> casesFiles();

  /** One container per cases file, one test per case. */
  @TestFactory
  public Stream<DynamicNode> rulesetCases() {
    return casesFiles().stream().map(RulesetCaseTests::dynamicTests);
  }

  /** The cases of one file as a container of dynamic tests. */
  public static DynamicNode dynamicTests(URL casesFile) {
    Check.notNull("casesFile", casesFile);
    String name = RulesetFiles.displayName(casesFile);
    return container(name, () -> RulesetCases.read(casesFile));
  }

  /** The cases of one file on disk as a container of dynamic tests. */
  public static DynamicNode dynamicTests(Path casesFile) {
    Check.notNull("casesFile", casesFile);
    return container(casesFile.toString(), () -> RulesetCases.read(casesFile));
  }

  private static DynamicNode container(String name, Supplier<RulesetCases> reader) {
    List<RulesetCases.Outcome> outcomes;
    try {
      outcomes = reader.get().run();
    } catch (InvalidInputException e) {
      return DynamicContainer.dynamicContainer(name, Stream.of(DynamicTest.dynamicTest("ruleset", () -> {
        throw new AssertionError(e.getMessage(), null);
      })));
    }
    return DynamicContainer.dynamicContainer(name, outcomes.stream().map(o -> DynamicTest.dynamicTest(
        o.testCase().name(), () -> {
          if (!o.passed()) {
            throw new AssertionError(failure(o), null);
          }
        })));
  }

  /** The bilingual message of a failed case. */
  static String failure(RulesetCases.Outcome o) {
    return o.mismatches().stream().map(p -> p.message(Locale.ENGLISH) + " | " + p.message(Locale.CHINESE))
        .collect(Collectors.joining("\n"));
  }
}
