package org.grassroots.cli;

import org.grassroots.input.InputFileException;

/**
 * A CSV input file that cannot be used (输入文件有误): names the file, the line (1 = the header; 0
 * when the whole file is at fault), the column and the value, in English and Chinese. Nothing was
 * read into the run.
 */
public class CsvInputException extends InputFileException {
  private static final long serialVersionUID = 1L;

  /**
   * @param key message key in the {@code cli} bundle; its {2} is the file and {3} the line
   * @param file the file as given on the command line
   * @param line the line of the bad row
   * @param column the column's header name (or {@code "header"}, {@code "row"}, {@code "file"})
   * @param shownValue the refused value
   * @param details further message arguments, {4} on
   */
  public CsvInputException(String key, String file, long line, String column, String shownValue, Object... details) {
    super(key, file, line, column, shownValue, details);
  }
}
