package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.grassroots.input.Check;

/**
 * A program read from a file (项目文件), with the place in the file where each of its paths starts,
 * so that a problem found when the program is built (a level's bound not above the one before, a
 * demonstration designation the ruleset lacks) is shown at its line.
 *
 * @param file the file's name as shown to the user
 * @param declaration the program as written in the file (its overrides only, when it extends another)
 * @param locations where each path starts, e.g. {@code levels[2].from}
 */
public record ProgramDocument(String file, ProgramDeclaration declaration, Map<String, SourceLocation> locations) {
  public ProgramDocument {
    Check.notBlank("document.file", file);
    Check.notNull("document.declaration", declaration);
    locations = ImmutableMap.copyOf(Check.notNull("document.locations", locations));
  }

  /** Where {@code path} starts: the node itself, or the nearest enclosing node the file has. */
  public SourceLocation locate(String path) {
    return RulesetDocument.locate(file, locations, path);
  }

  /** A model constructor's refusal of the value at {@code path} of this file, as a file error. */
  RulesetFileException refused(String path, org.grassroots.input.InvalidInputException e) {
    return new RulesetFileException(file, java.util.List.of(new RulesetProblem(locate(path), path, e.key(),
        java.util.List.of(), e)));
  }

  /** A problem at {@code path} of this file, as a file error (both languages, file:line). */
  RulesetFileException problem(String path, String key, Object... args) {
    return new RulesetFileException(file, java.util.List.of(RulesetProblem.of(locate(path), path, key, args)));
  }
}
