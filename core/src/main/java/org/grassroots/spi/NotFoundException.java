package org.grassroots.spi;

/** A record that does not exist in the caller's district (不存在). */
public class NotFoundException extends StorageException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String subjectType, String id) {
    super("storage.notFound", subjectType, id);
  }
}
