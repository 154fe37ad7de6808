package org.grassroots.spi;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items the records, in id order
 * @param request the request that produced it
 * @param hasMore whether records follow this page
 */
public record Page<T>(ImmutableList<T> items, PageRequest request, boolean hasMore) {
  /** The request for the next page, if there is one. */
  public Optional<PageRequest> next() {
    return hasMore ? Optional.of(request.next()) : Optional.empty();
  }
}
