package org.grassroots.rules.format;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;

/**
 * A ruleset file that cannot be read or whose ruleset is invalid (规则集文件有误): every problem
 * found, each naming its file, line, column and path. Nothing was loaded.
 */
public class RulesetFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<RulesetProblem> problems;

  public RulesetFileException(String file, List<RulesetProblem> problems) {
    super("format.invalid", "file", file, problems.size(),
        problems.stream().map(RulesetProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in file order as found. */
  public List<RulesetProblem> problems() {
    return problems;
  }

  @Override
  public String getMessage(Locale locale) {
    return Messages.format(locale, "format.invalid", "file", shownValue(), problems.size(),
        problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n  ")));
  }

  /** English, then Chinese, each with every problem in that language. */
  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH) + "\n" + getMessage(Locale.CHINESE);
  }
}
