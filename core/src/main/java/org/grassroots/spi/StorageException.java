package org.grassroots.spi;

import java.util.Locale;
import org.grassroots.input.Messages;

/**
 * Root of every exception a storage adapter throws (存储异常). Its subclasses say what went wrong
 * (a stale version, a conflict, a missing record); an adapter wraps driver failures in this root.
 * A call that throws has changed nothing.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  public StorageException(String key, Object[] args, Throwable cause) {
    super(Messages.bilingual(key, args), cause);
    this.key = key;
    this.args = args.clone();
  }

  public StorageException(String key, Object... args) {
    this(key, args, null);
  }

  /** The stable message key. */
  public String key() {
    return key;
  }

  /** The message in one language. */
  public String getMessage(Locale locale) {
    return Messages.format(locale, key, args);
  }
}
