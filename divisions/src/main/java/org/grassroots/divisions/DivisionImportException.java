package org.grassroots.divisions;

import org.grassroots.input.InvalidInputException;

/**
 * A file of the administrative divisions that cannot be imported (区划数据有误): names the file, the
 * line (1 = the header) and the column, in English and Chinese. Nothing was imported.
 */
public class DivisionImportException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

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
    super(key, column, shownValue, prepend(file, line, details));
    this.file = file;
    this.line = line;
  }

  private static Object[] prepend(String file, long line, Object[] details) {
    Object[] args = new Object[details.length + 2];
    args[0] = file;
    args[1] = Long.toString(line);
    System.arraycopy(details, 0, args, 2, details.length);
    return args;
  }

  /** The file's name, e.g. {@code villages.csv}. */
  public String file() {
    return file;
  }

  /** The line of the bad row (1 = the header line; 0 when the whole file is at fault). */
  public long line() {
    return line;
  }
}
