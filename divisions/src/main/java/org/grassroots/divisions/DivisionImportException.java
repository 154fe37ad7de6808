package org.grassroots.divisions;

import org.grassroots.input.InputFileException;

/**
 * A file of the administrative divisions that cannot be imported (区划数据有误): names the file, the
 * line (1 = the header) and the column, in English and Chinese. Nothing was imported.
 */
public class DivisionImportException extends InputFileException {
  private static final long serialVersionUID = 1L;

  /**
   * @param key message key in the {@code divisions} bundle; its {2} is the file and {3} the line
   * @param file the file's name, e.g. {@code villages.csv}
   * @param line the line of the bad row (1 = header; 0 when the whole file is at fault)
   * @param column the column (or {@code "row"}, {@code "file"})
   * @param shownValue the refused value
   * @param details further message arguments, {4} on
   */
  public DivisionImportException(
      String key, String file, long line, String column, String shownValue, Object... details) {
    super(key, file, line, column, shownValue, details);
  }
}
