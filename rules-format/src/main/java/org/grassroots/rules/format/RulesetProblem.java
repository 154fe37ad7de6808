package org.grassroots.rules.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.assessment.RuleError;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;

/**
 * One problem of a ruleset file (规则集文件错误): where it is (file, line, column), the path in the
 * ruleset (e.g. {@code indicators[2].method.bands[1]}) and the message. A malformed file (syntax,
 * unknown field, wrong type, missing field) and a well-formed file that the validator refuses give
 * problems of the same shape.
 *
 * @param at where the node starts in the file
 * @param path the path in the ruleset's own field names; empty for the whole file
 * @param key the message key ({@code format.*} or {@code rules.*}); the path is its {0}
 * @param args the message arguments after the path
 * @param cause a refusal by a model constructor whose own bilingual message is shown; may be null
 */
public record RulesetProblem(
    SourceLocation at, String path, String key, List<Object> args, InvalidInputException cause) {
  public RulesetProblem {
    Check.notNull("problem.at", at);
    Check.notNull("problem.path", path);
    Check.notBlank("problem.key", key);
    args = List.copyOf(Check.notNull("problem.args", args));
  }

  static RulesetProblem of(SourceLocation at, String path, String key, Object... args) {
    return new RulesetProblem(at, path, key, List.of(args), null);
  }

  /** A validator error placed at {@code at}. */
  static RulesetProblem of(SourceLocation at, RuleError error) {
    return new RulesetProblem(at, error.path(), error.key(), error.args(), null);
  }

  /** The refusal, if a model constructor refused a value. */
  public Optional<InvalidInputException> refusal() {
    return Optional.ofNullable(cause);
  }

  /** {@code file:line:column: path: message} in {@code locale}. */
  public String message(Locale locale) {
    String text;
    if (cause != null) {
      text = Messages.format(locale, "format.refused", path, cause.getMessage(locale));
    } else {
      Object[] all = new Object[args.size() + 1];
      all[0] = path.isEmpty() ? "/" : path;
      for (int i = 0; i < args.size(); i++) {
        all[i + 1] = args.get(i);
      }
      text = Messages.format(locale, key, all);
    }
    return at + ": " + text;
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
