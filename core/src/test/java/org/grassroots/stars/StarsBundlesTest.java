package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.grassroots.input.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stars and types bundles: every key in both languages, with its prefix and a valid pattern. */
class StarsBundlesTest {
  @ParameterizedTest
  @ValueSource(strings = {"stars", "types"})
  void bundlesAreComplete(String bundle) throws IOException {
    Properties en = load(bundle + ".properties");
    Properties zh = load(bundle + "_zh.properties");
    assertThat(en).isNotEmpty();
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (Object k : en.keySet()) {
      assertThat((String) k).startsWith(bundle + ".");
      new MessageFormat(en.getProperty((String) k));
      new MessageFormat(zh.getProperty((String) k));
      assertThat(zh.getProperty((String) k)).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyCauseHasATextAndTheDesignationKeyExists() {
    for (StarChange.Cause c : StarChange.Cause.values()) {
      assertThat(Messages.has("stars.cause." + c.name())).as(c.name()).isTrue();
    }
    assertThat(Messages.format(Locale.CHINESE, "stars.cause.FAILED_PERIODS", "2")).isEqualTo("连续 2 期未达标准");
    assertThat(Messages.has("assessment.unknownDesignation")).isTrue();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = StarsBundlesTest.class.getResourceAsStream("/org/grassroots/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
