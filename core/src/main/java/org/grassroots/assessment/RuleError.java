package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.grassroots.input.Check;
import org.grassroots.input.Messages;

/**
 * One error found in a ruleset (规则集错误), as a value: where it is, which message, with what. A file
 * format reading a ruleset maps {@code path} (e.g. {@code indicators[2].children[0].method.bands[1]})
 * to a line number; the validator collects every error rather than stopping at the first.
 *
 * @param path where the error is, in the ruleset's own field names
 * @param key the message key (bundle {@code rules})
 * @param args the message arguments after the path ({1}, {2}, … in the bundle)
 */
public record RuleError(String path, String key, List<Object> args) {
  public RuleError {
    Check.notNull("ruleError.path", path);
    Check.notBlank("ruleError.key", key);
    args = List.copyOf(Check.notNull("ruleError.args", args));
  }

  static RuleError of(String path, String key, Object... args) {
    return new RuleError(path, key, ImmutableList.copyOf(args));
  }

  /** The message in {@code locale}, path first. */
  public String message(Locale locale) {
    Object[] all = new Object[args.size() + 1];
    all[0] = path;
    for (int i = 0; i < args.size(); i++) {
      all[i + 1] = args.get(i);
    }
    return Messages.format(locale, key, all);
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
