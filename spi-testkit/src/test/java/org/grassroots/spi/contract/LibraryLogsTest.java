package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grassroots.members.PhoneNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log check sees every level of the library's loggers and fails on a personal value whole. */
class LibraryLogsTest {
  private static final System.Logger LOG = System.getLogger("org.grassroots.spi.jdbc.SomeStore");

  @BeforeEach
  void capture() {
    LibraryLogs.capture();
  }

  @Test
  void aPhoneLoggedAtTraceFailsTheCheck() {
    LOG.log(System.Logger.Level.TRACE, "member saved, phone {0}", "13912348765");
    assertThatThrownBy(() -> LibraryLogs.assertNoPersonalValue(List.of()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("a phone number");
  }

  @Test
  void anIdNumberInAnExceptionsMessageFailsTheCheck() {
    LOG.log(System.Logger.Level.DEBUG, "insert refused", new IllegalStateException("row (11010519750615123X)"));
    assertThatThrownBy(() -> LibraryLogs.assertNoPersonalValue(List.of()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("an ID number");
  }

  @Test
  void aPersonalFreeTextOfTheSuiteFailsTheCheck() {
    LOG.log(System.Logger.Level.INFO, "subject: {0}", "困难家庭王秘密住幸福里");
    assertThatThrownBy(() -> LibraryLogs.assertNoPersonalValue(List.of("王秘密住幸福里")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("a personal value");
  }

  @Test
  void maskedValuesCountsAndDurationsPass() {
    LOG.log(System.Logger.Level.DEBUG, "member {0}, phone {1}: {2} rows in {3} ms", "m-1",
        PhoneNumber.parse("13912348765"), 1_000_000, 1_234L);
    List<String> lines = LibraryLogs.assertNoPersonalValue(List.of("王秘密住幸福里"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("m-1", "1,000,000");
    assertThat(LibraryLogs.drain()).as("a check empties the capture").isEmpty();
  }
}
