package org.grassroots.spi;

import org.grassroots.input.Check;

/**
 * A page of a listing (分页): skip {@code offset} records, return at most {@code limit}. Listings are
 * ordered by id in binary (ASCII) order in every adapter.
 *
 * @param offset records to skip, ≥ 0
 * @param limit records to return, 1–10,000
 */
public record PageRequest(long offset, int limit) {
  public static final int MAX_LIMIT = 10_000;

  public PageRequest {
    Check.atLeast("page.offset", offset, 0);
    Check.between("page.limit", limit, 1, MAX_LIMIT);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }

  /** The page after this one. */
  public PageRequest next() {
    return new PageRequest(offset + limit, limit);
  }
}
