package org.grassroots.rules.format;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.grassroots.input.Excerpt;
import org.grassroots.rules.Decimals;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits of a ruleset or cases file (文件限制), declared once and handed to the parsers made for
 * the job (Jackson's {@link StreamReadConstraints}, SnakeYAML's {@link LoaderOptions}), so that a
 * hostile or careless file is refused quickly instead of parsed for minutes: the largest shipped
 * example is 8 kB, a whole city's ruleset is far below these. Numbers are further held to {@link
 * Decimals}.
 */
public final class FileLimits {
  /** The most bytes (on disk) or characters (given as text) of one file: 1 MiB. */
  public static final int MAX_FILE_SIZE = 1 << 20;
  /** The most characters of one text value (a name, a label, an id): 4,096. */
  public static final int MAX_TEXT = 4_096;
  /** The most characters of one field name: 256. */
  public static final int MAX_NAME = 256;
  /** The most nested objects and lists: 64 (the deepest shipped condition nests 6). */
  public static final int MAX_NESTING = 64;
  /** The most characters of a number token, as {@link Decimals#MAX_CHARS}. */
  public static final int MAX_NUMBER = Decimals.MAX_CHARS;

  private FileLimits() {}

  static StreamReadConstraints jackson() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_FILE_SIZE)
        .maxStringLength(MAX_TEXT)
        .maxNameLength(MAX_NAME)
        .maxNestingDepth(MAX_NESTING)
        .maxNumberLength(MAX_NUMBER)
        .build();
  }

  /** Jackson's own error texts quote at most an excerpt of the input. */
  static ErrorReportConfiguration errorReports() {
    return ErrorReportConfiguration.builder()
        .maxErrorTokenLength(Excerpt.MAX)
        .maxRawContentLength(Excerpt.MAX)
        .build();
  }

  /**
   * SnakeYAML's own limits, a little above ours so that ours (which name the line in both
   * languages) speak first. Duplicate keys are left to the reader for the same reason (it reports
   * them as {@code format.duplicateKey}); aliases are refused by the reader, whatever the count.
   */
  static LoaderOptions yaml() {
    LoaderOptions o = new LoaderOptions();
    o.setCodePointLimit(MAX_FILE_SIZE + 4_096);
    o.setNestingDepthLimit(MAX_NESTING + 1);
    o.setMaxAliasesForCollections(0);
    o.setAllowDuplicateKeys(true);
    o.setAllowRecursiveKeys(false);
    return o;
  }
}
