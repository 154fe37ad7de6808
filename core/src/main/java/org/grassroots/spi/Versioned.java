package org.grassroots.spi;

import org.grassroots.input.Check;

/**
 * A stored thing with its optimistic version (带版本的存储值): the one versioning shape of the
 * stores that keep values which do not know their own version — {@link StarStore} (star books) and
 * {@link RecordStore} (program records). The version is 1 after the first write and + 1 on each
 * later one; a write names the version it was based on and fails with {@link
 * StaleVersionException} when another write came first.
 *
 * <p>Values that carry their own version (an organisation unit's or a member's {@code version()},
 * as {@link OrganizationStore} and {@link MemberStore} return them) are not wrapped: there the
 * version is part of the value and means the same — this record is that field for values without
 * one. What a value is stored under (a record's kind and id, a book's scheme) is the key the caller
 * asked with, not part of the versioned value.
 *
 * @param value the stored value
 * @param version the stored version, from 1
 * @param <T> the value's type
 */
public record Versioned<T>(T value, long version) {
  public Versioned {
    Check.notNull("value", value);
    Check.atLeast("version", version, 1);
  }
}
