package org.grassroots.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of the shared and workflow bundles has its Chinese twin, its prefix, and a valid pattern. */
class SharedBundlesTest {
  @ParameterizedTest
  @ValueSource(strings = {"program", "rates", "workflow", "boards", "ledgers", "orders", "dualregistration"})
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

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        SharedBundlesTest.class.getResourceAsStream("/org/grassroots/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
