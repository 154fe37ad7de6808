package org.grassroots.divisions;

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

class DivisionMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DivisionMessagesTest.class.getResourceAsStream("/org/grassroots/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyHasAChineseTwinAndAValidPattern() throws IOException {
    Properties en = load("divisions.properties");
    Properties zh = load("divisions_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      for (String key : p.stringPropertyNames()) {
        assertThat(key).startsWith("divisions.");
        String pattern = p.getProperty(key);
        new MessageFormat(pattern);
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
      }
    }
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(Messages.format(Locale.ENGLISH, "divisions.columnCount", "row", "4", "streets.csv", "7", "5"))
          .isEqualTo("streets.csv line 7: 4 columns, expected 5");
    } finally {
      Locale.setDefault(before);
    }
  }
}
