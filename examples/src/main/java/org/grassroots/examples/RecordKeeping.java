package org.grassroots.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.Versioned;
import org.grassroots.spi.StorageProvider;

/** The examples keep their program records through the storage SPI and compute from what they read back. */
final class RecordKeeping {
  private RecordKeeping() {}

  /**
   * Stores {@code records} of {@code kind} in one all-or-nothing batch (audited) and returns every
   * record of the kind the district holds, read back page by page in id order.
   */
  static <V> List<V> keep(StorageProvider storage, DistrictId district, Change change, RecordKind<V> kind,
      List<V> records) {
    storage.records().createAll(change, district, kind, records);
    List<V> out = new ArrayList<>(records.size());
    Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (page.isPresent()) {
      Page<Versioned<V>> p = storage.records().list(district, kind, page.get());
      p.items().forEach(s -> out.add(s.value()));
      page = p.next();
    }
    return out;
  }
}
