package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.district.DistrictId;
import org.grassroots.rules.Period;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.Versioned;
import org.grassroots.spi.StaleVersionException;

/**
 * jqwik (a class of its own: jqwik does not run JUnit's nested classes): random creates, batches
 * and updates of one record kind over a small id space, against a map of id → (version, record).
 * Refusals agree with the map (duplicate id, stale version, unknown id, a batch with a stored or
 * repeated id) and change nothing; after each step the listing, every owner's and every period's
 * records and the audit count agree. Override the property with its own {@code @Property(tries =
 * …)} for a slow store.
 */
public abstract class RecordModelContract extends ContractSupport {
  private static final List<String> OWNERS = List.of("u-a", "u-B", "u-c");
  private static final List<Period> PERIODS = List.of(Period.year(2024), Period.quarter(2024, 3));

  /**
   * One step: its record is the sample of {@code n} (the id) for an owner and period, drawn with
   * {@code seed}; {@code batch} more numbers make a batch; {@code stale} shifts an update's version.
   */
  public record Step(int op, int n, int owner, int period, long seed, List<Integer> batch, int stale) {}

  @Property(tries = 40)
  public void storeAgreesWithAMapOfRecords(@ForAll("samples") RecordSamples.Sample<?> sample,
      @ForAll("steps") List<Step> steps) {
    run(sample, steps);
  }

  /** The property's body, for a subclass that overrides the property with other tries. */
  protected <V> void run(RecordSamples.Sample<V> sample, List<Step> steps) {
    RecordKind<V> kind = sample.kind();
    RecordStore records = provider().records();
    DistrictId d = freshDistrict();
    TreeMap<String, Versioned<V>> model = new TreeMap<>();
    long audit = 0;
    for (Step s : steps) {
      V v = make(sample, s, s.n());
      String id = kind.idOf(v);
      switch (s.op()) {
        case 0 -> {
          if (model.containsKey(id)) {
            assertThatThrownBy(() -> records.create(change("create"), d, kind, v)).isInstanceOf(ConflictException.class);
          } else {
            assertThat(records.create(change("create"), d, kind, v).version()).isEqualTo(1);
            model.put(id, new Versioned<>(v, 1));
            audit++;
          }
        }
        case 1 -> {
          List<V> batch = new ArrayList<>(List.of(v));
          s.batch().forEach(n -> batch.add(make(sample, s, n)));
          Set<String> seen = new HashSet<>();
          int bad = -1;
          for (int i = 0; i < batch.size() && bad < 0; i++) {
            String bid = kind.idOf(batch.get(i));
            if (!seen.add(bid) || model.containsKey(bid)) {
              bad = i;
            }
          }
          if (bad >= 0) {
            int index = bad;
            assertThatThrownBy(() -> records.createAll(change("batch"), d, kind, batch))
                .isInstanceOfSatisfying(BatchFailedException.class, e -> assertThat(e.index()).isEqualTo(index));
          } else {
            records.createAll(change("batch"), d, kind, batch);
            batch.forEach(b -> model.put(kind.idOf(b), new Versioned<>(b, 1)));
            audit += batch.size();
          }
        }
        default -> {
          Versioned<V> cur = model.get(id);
          long expected = (cur == null ? 1 : cur.version()) + s.stale();
          if (cur == null) {
            assertThatThrownBy(() -> records.update(change("update"), d, kind, expected, v))
                .isInstanceOf(NotFoundException.class);
          } else if (s.stale() != 0) {
            assertThatThrownBy(() -> records.update(change("update"), d, kind, expected, v))
                .isInstanceOf(StaleVersionException.class);
          } else {
            assertThat(records.update(change("update"), d, kind, expected, v).version()).isEqualTo(expected + 1);
            model.put(id, new Versioned<>(v, expected + 1));
            audit++;
          }
        }
      }
      assertThat(provider().audit().count(d)).isEqualTo(audit);
      assertThat(all(p -> records.list(d, kind, p), 4)).containsExactlyElementsOf(model.values());
      for (String owner : OWNERS) {
        assertThat(records.byOwner(d, kind, owner)).containsExactlyElementsOf(model.values().stream()
            .filter(r -> kind.ownerOf(r.value()).equals(Optional.of(owner))).toList());
      }
      if (kind.hasPeriod()) {
        for (Period p : PERIODS) {
          assertThat(records.byPeriod(d, kind, p)).containsExactlyElementsOf(model.values().stream()
              .filter(r -> kind.periodOf(r.value()).equals(Optional.of(p))).toList());
        }
      }
    }
    assertThat(records.list(d, kind, PageRequest.first(1)).hasMore()).isEqualTo(model.size() > 1);
  }

  private static <V> V make(RecordSamples.Sample<V> sample, Step s, int n) {
    return sample.make(new Random(s.seed() + n), n, OWNERS.get(s.owner()), PERIODS.get(s.period()));
  }

  @Provide
  public Arbitrary<RecordSamples.Sample<?>> samples() {
    return Arbitraries.of(RecordSamples.all());
  }

  @Provide
  public Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, OWNERS.size() - 1),
        Arbitraries.integers().between(0, PERIODS.size() - 1), Arbitraries.longs(),
        Arbitraries.integers().between(0, 7).list().ofMaxSize(4), Arbitraries.of(0, 0, 0, 1, -1))
        .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(14);
  }
}
