package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StarStore;
import org.grassroots.spi.Versioned;
import org.grassroots.stars.StarBook;

/** Star books in memory: the immutable book itself, per scheme. */
final class InMemoryStarStore implements StarStore {
  private final InMemoryStorageProvider provider;

  InMemoryStarStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public Versioned<StarBook> save(Change change, RulesetId scheme, long expectedVersion, StarBook book) {
    Check.notNull("change", change);
    Check.notNull("scheme", scheme);
    Check.notNull("book", book);
    return provider.write(book.district(), d -> {
      Versioned<StarBook> cur = d.starBooks.get(scheme);
      long version = cur == null ? 0 : cur.version();
      if (expectedVersion != version) {
        throw new StaleVersionException(SUBJECT_TYPE, scheme.value(), expectedVersion, version);
      }
      StarBook stored = cur == null ? StarBook.empty(book.district(), book.failuresBeforeRevoke()) : cur.value();
      List<AuditEntry> added = StarStore.checkAppendOnly(scheme, stored, book);
      Versioned<StarBook> next = new Versioned<>(book, version + 1);
      d.starBooks.put(scheme, next);
      added.forEach(d::audit);
      ImmutableMap<String, String> was = StarStore.describe(version, stored);
      ImmutableMap<String, String> now = StarStore.describe(version + 1, book);
      d.audit(AuditEntry.ofWrite(book.district(), change, SUBJECT_TYPE, scheme.value(), "save", () -> was, () -> now));
      return next;
    });
  }

  @Override
  public Optional<Versioned<StarBook>> find(DistrictId district, RulesetId scheme) {
    Check.notNull("scheme", scheme);
    return provider.read(district, d -> Optional.ofNullable(d.starBooks.get(scheme)));
  }

  @Override
  public List<RulesetId> schemes(DistrictId district) {
    return provider.read(district, d -> ImmutableList.copyOf(d.starBooks.keySet()));
  }
}
