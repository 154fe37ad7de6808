package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.Versioned;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Program records (项目记录) through {@link RecordStore}, run for every kind of {@link
 * RecordSamples#all()}: read back equal, duplicate ids, optimistic versions, all-or-nothing batches,
 * listings by owner, period and page in id order, district isolation, and one audit entry per write
 * with personal fields masked.
 */
public abstract class RecordStoreContract extends ContractSupport {
  private static final String SAMPLES = "org.grassroots.spi.contract.RecordSamples#all";
  private static final Period P1 = Period.quarter(2024, 3);
  private static final Period P2 = Period.quarter(2024, 4);

  /** A contract case run once for every kind of {@link RecordSamples#all()}, named by the kind. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "{0}")
  @MethodSource(SAMPLES)
  @interface ForEveryKind {}

  private RecordStore records() {
    return provider().records();
  }

  /** The value stored in {@code d} under the id of {@code value}, if any. */
  private <V> Optional<V> stored(DistrictId d, RecordKind<V> kind, V value) {
    return records().find(d, kind, kind.idOf(value)).map(Versioned::value);
  }

  @ForEveryKind
  <V> void createdRecordsReadBackEqualInTheirDistrictOnly(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(1);
    DistrictId d = freshDistrict();
    for (int n = 0; n < 12; n++) {
      V v = s.make(r, n, "owner" + n, P1);
      Versioned<V> stored = records().create(change("create"), d, kind, v);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(stored.value()).isEqualTo(v);
      assertThat(stored(d, kind, v)).contains(v);
      assertThat(records().find(d, kind, kind.idOf(v)).map(Versioned::version)).contains(1L);
      assertThat(records().find(freshDistrict(), kind, kind.idOf(v))).isEmpty();
    }
    assertThat(records().find(d, kind, "no-such-id")).isEmpty();
  }

  @ForEveryKind
  <V> void aSecondRecordWithTheSameIdIsAConflictAndChangesNothing(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(2);
    DistrictId d = freshDistrict();
    V first = s.make(r, 1, "owner", P1);
    records().create(change("create"), d, kind, first);
    long audit = provider().audit().count(d);
    V again = s.change().apply(first);
    assertThatThrownBy(() -> records().create(change("again"), d, kind, again)).isInstanceOf(ConflictException.class);
    assertThat(stored(d, kind, first)).contains(first);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    // the same id in another district is another record
    DistrictId other = freshDistrict();
    assertThat(records().create(change("other"), other, kind, again).value()).isEqualTo(again);
    assertThat(stored(d, kind, first)).contains(first);
  }

  @ForEveryKind
  <V> void updatesAddOneToTheVersionAndStaleOrUnknownWritesAreRefused(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(3);
    DistrictId d = freshDistrict();
    V v1 = s.make(r, 1, "owner", P1);
    V v2 = s.change().apply(v1);
    assertThat(v2).isNotEqualTo(v1);
    records().create(change("create"), d, kind, v1);
    Versioned<V> second = records().update(change("update"), d, kind, 1, v2);
    assertThat(second.version()).isEqualTo(2);
    assertThat(stored(d, kind, v1)).contains(v2);
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> records().update(change("stale"), d, kind, 1, v1))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> records().update(change("ahead"), d, kind, 3, v1))
        .isInstanceOf(StaleVersionException.class);
    V unknown = s.make(r, 99, "owner", P1);
    assertThatThrownBy(() -> records().update(change("unknown"), d, kind, 1, unknown))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> records().update(change("other district"), freshDistrict(), kind, 2, v1))
        .isInstanceOf(NotFoundException.class);
    assertThat(stored(d, kind, v1)).contains(v2);
    assertThat(stored(d, kind, unknown)).isEmpty();
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @ForEveryKind
  <V> void createAllIsAllOrNothingAndNamesTheFailingItem(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(4);
    DistrictId d = freshDistrict();
    V existing = s.make(r, 3, "owner", P1);
    records().create(change("create"), d, kind, existing);
    long audit = provider().audit().count(d);
    List<V> batch = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      batch.add(n == 3 ? s.change().apply(existing) : s.make(r, n, "owner", P1));
    }
    assertThatThrownBy(() -> records().createAll(change("batch"), d, kind, batch))
        .isInstanceOfSatisfying(BatchFailedException.class, e -> {
          assertThat(e.index()).isEqualTo(3);
          assertThat(e.getCause()).isInstanceOf(ConflictException.class);
        });
    List<V> twice = List.of(s.make(r, 10, "owner", P1), s.make(r, 11, "owner", P1), s.make(r, 10, "owner", P1));
    assertThatThrownBy(() -> records().createAll(change("twice"), d, kind, twice))
        .isInstanceOfSatisfying(BatchFailedException.class, e -> assertThat(e.index()).isEqualTo(2));
    for (V v : batch) {
      if (v != batch.get(3)) {
        assertThat(stored(d, kind, v)).isEmpty();
      }
    }
    assertThat(stored(d, kind, twice.get(0))).isEmpty();
    assertThat(stored(d, kind, existing)).contains(existing);
    assertThat(provider().audit().count(d)).isEqualTo(audit);

    List<V> good = new ArrayList<>();
    for (int n = 20; n < 27; n++) {
      good.add(s.make(r, n, "owner", P1));
    }
    List<Versioned<V>> stored = records().createAll(change("good"), d, kind, good);
    assertThat(stored).extracting(Versioned::value).containsExactlyElementsOf(good);
    assertThat(stored).extracting(Versioned::version).containsOnly(1L);
    assertThat(provider().audit().count(d)).isEqualTo(audit + good.size());
    for (V v : good) {
      assertThat(stored(d, kind, v)).contains(v);
    }
    assertThat(records().createAll(change("empty"), d, kind, List.of())).isEmpty();
  }

  @ForEveryKind
  <V> void listingsByOwnerPeriodAndPageAreInIdOrder(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(5);
    DistrictId d = freshDistrict();
    List<V> made = new ArrayList<>();
    // numbers whose ids sort differently as text than as numbers (n10 < n2 < n9)
    int[] numbers = {9, 10, 2, 11, 1, 30, 4, 21};
    for (int i = 0; i < numbers.length; i++) {
      made.add(s.make(r, numbers[i], i % 2 == 0 ? "Owner-a" : "owner-b", i < 5 ? P1 : P2));
    }
    records().createAll(change("load"), d, kind, made);
    records().create(change("elsewhere"), freshDistrict(), kind, s.make(r, 5, "Owner-a", P1));

    List<V> all = sortedById(kind, made);
    assertThat(all(p -> records().list(d, kind, p), 3)).extracting(Versioned::value).containsExactlyElementsOf(all);
    assertThat(records().list(freshDistrict(), kind, org.grassroots.spi.PageRequest.first(5)).items()).isEmpty();

    for (String owner : List.of("Owner-a", "owner-b", "nobody")) {
      List<V> expected = sortedById(kind, made.stream()
          .filter(v -> kind.ownerOf(v).equals(java.util.Optional.of(owner))).toList());
      assertThat(records().byOwner(d, kind, owner)).extracting(Versioned::value).containsExactlyElementsOf(expected);
    }
    if (kind.hasPeriod()) {
      for (Period p : List.of(P1, P2, Period.year(2020))) {
        List<V> expected = sortedById(kind, made.stream()
            .filter(v -> kind.periodOf(v).equals(java.util.Optional.of(p))).toList());
        assertThat(records().byPeriod(d, kind, p)).extracting(Versioned::value).containsExactlyElementsOf(expected);
      }
    } else {
      assertThatThrownBy(() -> records().byPeriod(d, kind, P1)).isInstanceOf(InvalidInputException.class);
    }
  }

  @ForEveryKind
  <V> void anUpdateMovesTheRecordBetweenOwnersAndPeriods(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(6);
    DistrictId d = freshDistrict();
    V before = s.make(r, 7, "first", P1);
    V after = s.make(new Random(7), 7, "second", P2);
    records().create(change("create"), d, kind, before);
    if (!kind.idOf(after).equals(kind.idOf(before))) {
      // the owner or period is part of the id (a promotion, a published result): another record
      assertThatThrownBy(() -> records().update(change("move"), d, kind, 1, after))
          .isInstanceOf(NotFoundException.class);
      return;
    }
    records().update(change("move"), d, kind, 1, after);
    if (kind.ownerOf(before).isPresent()) {
      assertThat(records().byOwner(d, kind, "first")).isEmpty();
      assertThat(records().byOwner(d, kind, "second")).extracting(Versioned::value).containsExactly(after);
    }
    if (kind.hasPeriod()) {
      assertThat(records().byPeriod(d, kind, P1)).isEmpty();
      assertThat(records().byPeriod(d, kind, P2)).extracting(Versioned::value).containsExactly(after);
    }
  }

  @ForEveryKind
  <V> void everyWriteIsAuditedOnceWithPersonalFieldsMasked(RecordSamples.Sample<V> s) {
    RecordKind<V> kind = s.kind();
    Random r = new Random(8);
    DistrictId d = freshDistrict();
    V v1 = s.make(r, 1, "owner", P1);
    V v2 = s.change().apply(v1);
    records().create(change("create"), d, kind, v1);
    records().update(change("update"), d, kind, 1, v2);
    List<AuditEntry> trail = provider().audit().forSubject(d, kind.name(), kind.idOf(v1));
    assertThat(trail).extracting(AuditEntry::action).containsExactly("create", "update");
    assertThat(trail.get(0).before()).isEmpty();
    assertThat(trail.get(0).after()).isEqualTo(kind.audited(v1));
    assertThat(trail.get(1).before()).isEqualTo(kind.audited(v1));
    assertThat(trail.get(1).after()).isEqualTo(kind.audited(v2));
    assertThat(trail.get(1).reason()).isEqualTo("update");
    for (String field : kind.personalFields()) {
      String plain = kind.fields(v2).get(field);
      assertThat(trail.get(1).after().get(field)).isNotEqualTo(plain);
      assertThat(trail.get(1).toString()).doesNotContain(plain);
    }
  }

  @org.junit.jupiter.api.Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aNullOrMistypedRecordIsRefusedByPositionAndNothingIsWritten() {
    DistrictId d = freshDistrict();
    RecordKind raw = RecordSamples.LEDGER_ENTRY.kind();
    Object good = RecordSamples.LEDGER_ENTRY.make(new Random(9), 1, "owner", P1);
    Object order = RecordSamples.SERVICE_ORDER.make(new Random(9), 2, "owner", P1);
    java.util.List<Object> withNull = new ArrayList<>(List.of(good));
    withNull.add(null);
    assertThatThrownBy(() -> records().createAll(change("null"), d, raw, withNull))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> records().createAll(change("mistyped"), d, raw, List.of(good, order)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> records().create(change("mistyped"), d, raw, order))
        .isInstanceOf(InvalidInputException.class);
    assertThat(records().list(d, raw, org.grassroots.spi.PageRequest.first(10)).items()).isEmpty();
    assertThat(provider().audit().count(d)).isZero();
  }

  private static <V> List<V> sortedById(RecordKind<V> kind, List<V> values) {
    return values.stream().sorted(Comparator.comparing(kind::idOf)).toList();
  }
}
