package org.grassroots.spi;

/**
 * A write that the current state refuses (冲突): a duplicate id, a move that would make a cycle, a
 * child under an inactive unit, and the like. The message key says which.
 */
public class ConflictException extends StorageException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String key, Object... args) {
    super(key, args);
  }

  /** A conflict the adapter learned of from {@code cause} (e.g. the driver's duplicate-key error). */
  public ConflictException(String key, Object[] args, Throwable cause) {
    super(key, args, cause);
  }
}
