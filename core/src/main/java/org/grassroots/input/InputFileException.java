package org.grassroots.input;

/**
 * A row of an input file that cannot be used (输入文件有误): names the file, the line (1 = the header;
 * 0 when the whole file is at fault), the column and the value, in English and Chinese. Nothing of
 * the file was taken in. The message key's {@code {2}} is the file and {@code {3}} the line; further
 * arguments follow from {@code {4}}.
 */
public class InputFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /**
   * @param key message key; its {2} is the file and {3} the line
   * @param file the file's name as the user knows it
   * @param line the line of the bad row (1 = header; 0 when the whole file is at fault)
   * @param column the column's name (or {@code "header"}, {@code "row"}, {@code "file"})
   * @param shownValue the refused value (masked by the caller when personal)
   * @param details further message arguments, {4} on
   */
  public InputFileException(String key, String file, long line, String column, String shownValue, Object... details) {
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

  /** The file's name as the user knows it. */
  public String file() {
    return file;
  }

  /** The line of the bad row (1 = the header line; 0 when the whole file is at fault). */
  public long line() {
    return line;
  }
}
