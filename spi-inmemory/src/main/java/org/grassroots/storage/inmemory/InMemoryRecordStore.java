package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.Versioned;

/**
 * Program records in memory: per district and kind, the stored records in id order with indexes by
 * owner and by period. One implementation for every {@link RecordKind}.
 */
final class InMemoryRecordStore implements RecordStore {
  private final InMemoryStorageProvider provider;

  InMemoryRecordStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  /** One kind's records of one district; guarded by the district's monitor. */
  static final class KindRecords {
    final TreeMap<String, Versioned<?>> byId = new TreeMap<>();
    final Map<String, TreeSet<String>> byOwner = new HashMap<>();
    final Map<Period, TreeSet<String>> byPeriod = new HashMap<>();

    /** Stores {@code stored}; a record it replaces was read through {@link #typed} as the same kind. */
    <V> void put(RecordKind<V> kind, Versioned<V> stored) {
      String id = kind.idOf(stored.value());
      Versioned<?> old = byId.put(id, stored);
      if (old != null) {
        unindex(kind, kind.type().cast(old.value()), id);
      }
      kind.ownerOf(stored.value()).ifPresent(o -> byOwner.computeIfAbsent(o, k -> new TreeSet<>()).add(id));
      kind.periodOf(stored.value()).ifPresent(p -> byPeriod.computeIfAbsent(p, k -> new TreeSet<>()).add(id));
    }

    private <V> void unindex(RecordKind<V> kind, V old, String id) {
      kind.ownerOf(old).ifPresent(o -> remove(byOwner, o, id));
      kind.periodOf(old).ifPresent(p -> remove(byPeriod, p, id));
    }

    private static <K> void remove(Map<K, TreeSet<String>> index, K key, String id) {
      TreeSet<String> ids = index.get(key);
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }

  @Override
  public <V> Versioned<V> create(Change change, DistrictId district, RecordKind<V> kind, V value) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    String id = kind.idOf(kind.check("value", value));
    return provider.write(district, d -> {
      KindRecords k = d.records.computeIfAbsent(kind.name(), n -> new KindRecords());
      if (k.byId.containsKey(id)) {
        throw new ConflictException("storage.duplicateId", kind.name(), id);
      }
      return put(d, k, change, kind, Optional.empty(), 1, value);
    });
  }

  @Override
  public <V> List<Versioned<V>> createAll(Change change, DistrictId district, RecordKind<V> kind, List<V> values) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    List<String> ids = RecordStore.checkBatch(kind, values);
    return provider.write(district, d -> {
      KindRecords k = d.records.computeIfAbsent(kind.name(), n -> new KindRecords());
      RecordStore.checkNewIds(kind, ids, k.byId::containsKey);
      // every record is encoded once before anything is stored, so a codec that fails leaves no trace;
      // the trail keeps the records and describes them on read, as the entry made here says
      List<Versioned<V>> out = new ArrayList<>(values.size());
      for (V v : values) {
        kind.fields(v);
        out.add(new Versioned<>(v, 1));
      }
      for (Versioned<V> s : out) {
        k.put(kind, s);
        d.audit(kind, change, Optional.empty(), s.value());
      }
      return ImmutableList.copyOf(out);
    });
  }

  @Override
  public <V> Versioned<V> update(Change change, DistrictId district, RecordKind<V> kind, long expectedVersion, V value) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    String id = kind.idOf(kind.check("value", value));
    return provider.write(district, d -> {
      KindRecords k = d.records.get(kind.name());
      Versioned<V> cur = DistrictData.current(k == null ? null : typed(kind, k.byId.get(id)), Versioned::version,
          expectedVersion, kind.name(), id);
      return put(d, k, change, kind, Optional.of(cur.value()), cur.version() + 1, value);
    });
  }

  private static <V> Versioned<V> put(DistrictData d, KindRecords k, Change change, RecordKind<V> kind,
      Optional<V> before, long version, V value) {
    Versioned<V> stored = new Versioned<>(value, version);
    kind.fields(value); // encoded before anything is stored (see createAll)
    k.put(kind, stored);
    d.audit(kind, change, before, value);
    return stored;
  }

  @Override
  public <V> Optional<Versioned<V>> find(DistrictId district, RecordKind<V> kind, String id) {
    Check.notNull("id", id);
    return read(district, kind, Optional.empty(), k -> Optional.ofNullable(typed(kind, k.byId.get(id))));
  }

  @Override
  public <V> List<Versioned<V>> byOwner(DistrictId district, RecordKind<V> kind, String owner) {
    Check.notNull("owner", owner);
    return read(district, kind, List.of(), k -> lookup(kind, k, k.byOwner.get(owner)));
  }

  @Override
  public <V> List<Versioned<V>> byPeriod(DistrictId district, RecordKind<V> kind, Period period) {
    RecordStore.checkPeriodKind(kind, period);
    return read(district, kind, List.of(), k -> lookup(kind, k, k.byPeriod.get(period)));
  }

  @Override
  public <V> Page<Versioned<V>> list(DistrictId district, RecordKind<V> kind, PageRequest page) {
    Check.notNull("page", page);
    return read(district, kind, new Page<>(ImmutableList.of(), page, false), k -> {
      // the page is cut from the id-ordered map first, so a page costs its offset, not the kind's size
      Page<Versioned<?>> raw = DistrictData.page(k.byId.values(), page);
      return new Page<>(raw.items().stream().map(s -> typed(kind, s)).collect(ImmutableList.toImmutableList()),
          page, raw.hasMore());
    });
  }

  /** Runs {@code work} on the kind's records of the district under its lock; {@code none} when it has none. */
  private <V, R> R read(DistrictId district, RecordKind<V> kind, R none, Function<KindRecords, R> work) {
    Check.notNull("kind", kind);
    return provider.read(district, d -> {
      KindRecords k = d.records.get(kind.name());
      return k == null ? none : work.apply(k);
    });
  }

  private static <V> List<Versioned<V>> lookup(RecordKind<V> kind, KindRecords k, TreeSet<String> ids) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(id -> typed(kind, k.byId.get(id))).collect(ImmutableList.toImmutableList());
  }

  /** {@code stored} as a record of {@code kind}: refused when another kind of the same name stored it. */
  @SuppressWarnings("unchecked")
  private static <V> Versioned<V> typed(RecordKind<V> kind, Versioned<?> stored) {
    if (stored == null) {
      return null;
    }
    kind.check("stored", stored.value());
    return (Versioned<V>) stored;
  }
}
