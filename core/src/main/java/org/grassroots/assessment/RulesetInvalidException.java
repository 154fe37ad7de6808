package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;

/**
 * A ruleset that cannot be compiled (规则集无效): carries every {@link RuleError} found, each with its
 * path. Nothing was compiled.
 */
public class RulesetInvalidException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<RuleError> errors;

  public RulesetInvalidException(String ruleset, List<RuleError> errors) {
    super("rules.invalid", "ruleset", ruleset, errors.size(),
        errors.stream().map(RuleError::toString).collect(Collectors.joining("; ")));
    this.errors = ImmutableList.copyOf(errors);
  }

  /** The message in {@code locale}, every error in that language. */
  @Override
  public String getMessage(Locale locale) {
    return Messages.format(locale, "rules.invalid", "ruleset", shownValue(), errors.size(),
        errors.stream().map(e -> e.message(locale)).collect(Collectors.joining("; ")));
  }

  /** English, then Chinese, each with every error in that language. */
  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH) + " | " + getMessage(Locale.CHINESE);
  }

  /** Every error, in the order found. */
  public List<RuleError> errors() {
    return errors;
  }
}
