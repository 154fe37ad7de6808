package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.grassroots.input.Messages;
import org.junit.jupiter.api.Test;

/** The stars and types bundles hold the texts the stars code asks for (their completeness: {@code MessagesTest}). */
class StarsBundlesTest {
  @Test
  void everyCauseHasATextAndTheDesignationKeyExists() {
    for (StarChange.Cause c : StarChange.Cause.values()) {
      assertThat(Messages.has("stars.cause." + c.name())).as(c.name()).isTrue();
    }
    assertThat(Messages.format(Locale.CHINESE, "stars.cause.FAILED_PERIODS", "2")).isEqualTo("连续 2 期未达标准");
    assertThat(Messages.has("assessment.unknownDesignation")).isTrue();
  }
}
