package org.grassroots.scenarios.programs;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.grassroots.input.Check;
import org.grassroots.input.Messages;

/**
 * What a figure is called (名称), resolved through the library's bilingual messages ({@link
 * Messages}): a key (its first segment names the bundle, e.g. {@code program.holders}) and the
 * arguments its text takes (e.g. the name of a star as the program declares it).
 *
 * @param key the message key
 * @param args the arguments, plain text
 */
public record Label(String key, List<String> args) {
  public Label {
    Check.notBlank("label.key", key);
    args = ImmutableList.copyOf(Check.notNull("label.args", args));
  }

  /** The label {@code key} with {@code args}. */
  public static Label of(String key, String... args) {
    return new Label(key, List.of(args));
  }

  /** The text in {@code locale} (English unless the locale is Chinese). */
  public String text(Locale locale) {
    return Messages.format(Check.notNull("locale", locale), key, args.toArray());
  }

  /** English, then Chinese, separated by a space, e.g. {@code reward due (yuan) 应发奖励（元）}. */
  public String bilingual() {
    return text(Locale.ENGLISH) + " " + text(Locale.CHINESE);
  }
}
