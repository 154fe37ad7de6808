package org.grassroots.rules.format;

import org.grassroots.input.Check;

/**
 * Where something is in a ruleset file (文件位置): the file's name as given by the caller, and the
 * 1-based line and column where the node starts.
 *
 * @param file the file's name or path as shown to the user
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {
  public SourceLocation {
    Check.notBlank("location.file", file);
    Check.atLeast("location.line", line, 0);
    Check.atLeast("location.column", column, 0);
  }

  /** {@code file:line:column}, the form editors and terminals link to. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
