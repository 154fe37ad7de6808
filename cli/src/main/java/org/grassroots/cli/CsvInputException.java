package org.grassroots.cli;

import org.grassroots.input.InvalidInputException;

/**
 * A CSV input file that cannot be used (输入文件有误): names the file, the line (1 = the header; 0
 * when the whole file is at fault), the column and the value, in English and Chinese. Nothing was
 * read into the run.
 */
public class CsvInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /**
   * @param key message key in the {@code cli} bundle; its {2} is the file and {3} the line
   * @param file the file as given on the command line
   * @param line the line of the bad row
   * @param column the column's header name (or {@code "header"}, {@code "row"}, {@code "file"})
   * @param shownValue the refused value
   * @param details further message arguments, {4} on
   */
  public CsvInputException(String key, String file, long line, String column, String shownValue, Object... details) {
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

  /** The file as given on the command line. */
  public String file() {
    return file;
  }

  /** The line of the bad row (1 = the header, 0 = the whole file). */
  public long line() {
    return line;
  }
}
