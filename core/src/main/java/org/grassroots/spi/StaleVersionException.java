package org.grassroots.spi;

/**
 * A write based on a version that is no longer current (版本已过期): someone else changed the record
 * first. Reload and retry.
 */
public class StaleVersionException extends StorageException {
  private static final long serialVersionUID = 1L;

  public StaleVersionException(String subjectType, String id, long expected, long actual) {
    super("storage.stale", subjectType, id, expected, actual);
  }
}
