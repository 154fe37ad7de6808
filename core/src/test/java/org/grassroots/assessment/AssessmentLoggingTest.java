package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.grassroots.hierarchy.TreeSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An evaluation logs its start and end at DEBUG through System.Logger (the JDK routes it to
 * java.util.logging here): the ruleset, the period and counts, never a unit or a value.
 */
class AssessmentLoggingTest {
  private static final Logger JUL = Logger.getLogger("org.grassroots.assessment");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      records.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level before;

  @BeforeEach
  void capture() {
    before = JUL.getLevel();
    JUL.setLevel(Level.ALL);
    JUL.addHandler(handler);
  }

  @AfterEach
  void release() {
    JUL.removeHandler(handler);
    JUL.setLevel(before);
  }

  @Test
  void anEvaluationLogsItsStartAndEndWithCountsOnly() {
    TreeSnapshot tree = Fixtures.streets(3, 4);
    CompiledRuleset compiled = CompiledRuleset.compile(Fixtures.cityBaseline());
    InputColumns columns = Fixtures.randomInputs(compiled, tree, 7);
    Assessment a = compiled.evaluate(columns);

    SimpleFormatter f = new SimpleFormatter();
    List<String> lines = records.stream().filter(r -> r.getLoggerName().equals(CompiledRuleset.class.getName()))
        .map(r -> r.getLevel() + " " + f.formatMessage(r)).toList();
    String ref = compiled.ruleset().ref().toString();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("FINE assessment by " + ref + " for " + Fixtures.Y2024 + " started: "
        + tree.size() + " units, " + columns.indicators().size() + " input columns");
    assertThat(lines.get(1)).startsWith("FINE assessment by " + ref + " for " + Fixtures.Y2024 + " finished: "
        + a.subjects().length + " units assessed in ").endsWith(" ms");
    for (int pos : a.subjects()) {
      assertThat(String.join("\n", lines)).doesNotContain(tree.id(pos).value());
    }
  }

  @Test
  void nothingIsLoggedBelowTheLoggersLevel() {
    JUL.setLevel(Level.INFO);
    CompiledRuleset compiled = CompiledRuleset.compile(Fixtures.cityBaseline());
    TreeSnapshot tree = Fixtures.streets(1, 2);
    compiled.evaluate(Fixtures.randomInputs(compiled, tree, 1));
    assertThat(records).isEmpty();
  }
}
