package org.grassroots.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
  /** The bundles of core, as files: {@code input} → its English and Chinese properties. */
  static Map<String, Properties[]> bundles(Class<?> anchor, String someBundle) throws IOException, URISyntaxException {
    Path dir = Path.of(anchor.getResource("/org/grassroots/messages/" + someBundle + ".properties").toURI()).getParent();
    Map<String, Properties[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".properties")) {
          continue;
        }
        String base = name.substring(0, name.length() - ".properties".length());
        boolean zh = base.endsWith("_zh");
        base = zh ? base.substring(0, base.length() - 3) : base;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
          p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        out.computeIfAbsent(base, k -> new Properties[2])[zh ? 1 : 0] = p;
      }
    }
    return out;
  }

  /** Every key has a Chinese twin and back, lives in its own bundle, and is a valid pattern. */
  static void assertBundlesComplete(Map<String, Properties[]> bundles) {
    assertThat(bundles).isNotEmpty();
    bundles.forEach((base, pair) -> {
      assertThat(pair[0]).as("English bundle " + base).isNotNull();
      assertThat(pair[1]).as("Chinese bundle " + base + "_zh").isNotNull();
      assertThat(pair[1].stringPropertyNames()).as(base + "_zh keys").isEqualTo(pair[0].stringPropertyNames());
      for (Properties p : pair) {
        for (String key : p.stringPropertyNames()) {
          String pattern = p.getProperty(key);
          assertThat(key).as("key in bundle " + base).startsWith(base + ".");
          assertThat(pattern).as(key).isNotBlank();
          new MessageFormat(pattern); // throws on a malformed pattern
          // a lone quote would silently swallow the text after it: quotes must be doubled
          assertThat(pattern.replace("''", "")).as(key + " has a lone single quote").doesNotContain("'");
        }
      }
      for (String key : pair[0].stringPropertyNames()) {
        assertThat(Messages.has(key)).as(key).isTrue();
      }
    });
  }

  @Test
  void everyKeyHasAChineseTwinAndAValidPattern() throws Exception {
    Map<String, Properties[]> b = bundles(Messages.class, "input");
    assertThat(b).containsKeys("input", "hierarchy", "storage", "alliance", "kind", "text", "staffing");
    assertBundlesComplete(b);
  }

  /** The programs' bundles speak Chinese in their Chinese twin: every text there has Chinese words. */
  @ParameterizedTest
  @ValueSource(strings = {"program", "rates", "workflow", "boards", "ledgers", "orders", "dualregistration", "stars",
      "types"})
  void everyChineseTextOfAProgramBundleIsInChinese(String bundle) throws Exception {
    Properties[] pair = bundles(Messages.class, "input").get(bundle);
    assertThat(pair).as(bundle).isNotNull();
    assertThat(pair[0]).as(bundle).isNotEmpty();
    for (String key : pair[1].stringPropertyNames()) {
      assertThat(pair[1].getProperty(key)).as(key).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void englishIsEnglishOnAChineseMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(Messages.format(Locale.ENGLISH, "input.null", "f", "null")).isEqualTo("f: a value is required (got null)");
      assertThat(Messages.format(Locale.CHINESE, "input.null", "f", "null")).isEqualTo("f：必须填写（实为 null）");
      assertThat(Messages.format(Locale.CHINA, "input.null", "f", "null")).isEqualTo("f：必须填写（实为 null）");
      InvalidInputException e = new InvalidInputException("input.blank", "f", "");
      assertThat(e.getMessage()).startsWith("f: must not be blank").contains(" | f：不能为空");
      assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage(Locale.CHINESE));
      Locale.setDefault(Locale.US);
      assertThat(Messages.format(Locale.CHINESE, "input.null", "f", "null")).isEqualTo("f：必须填写（实为 null）");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void textArgumentsAreLocalisedWithTheirMessage() {
    Messages.Text t = new Messages.Text("text.identifier");
    assertThat(Messages.format(Locale.ENGLISH, "input.pattern", "f", "x!", t)).endsWith("is not an identifier (1-64 of A-Z a-z 0-9 . _ : -)");
    assertThat(Messages.format(Locale.CHINESE, "input.pattern", "f", "x!", t)).endsWith("不是合法的标识符（1-64个 A-Z a-z 0-9 . _ : - 字符）");
  }

  @Test
  void aMissingKeyShowsTheKeyAndArgumentsRatherThanFailing() {
    assertThat(Messages.format(Locale.ENGLISH, "input.noSuchKey", "a", 1)).isEqualTo("input.noSuchKey a 1");
    assertThat(Messages.format(Locale.ENGLISH, "nobundle.key")).isEqualTo("nobundle.key");
    assertThat(Messages.format(Locale.ENGLISH, "nodot")).isEqualTo("nodot");
    assertThat(Messages.has("input.null")).isTrue();
    assertThat(Messages.has("input.noSuchKey")).isFalse();
  }
}
