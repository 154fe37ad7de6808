package org.grassroots.spi.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract class shares: the adapter under test and helpers that build fresh data.
 *
 * <p>Every test works in districts it makes up itself ({@link #freshDistrict()}), so one provider
 * instance may serve a whole test class — or a whole run — and the store need not be empty.
 */
public abstract class ContractSupport {
  /** The day most test units are established. */
  protected static final LocalDate D0 = LocalDate.of(2020, 1, 1);

  /**
   * The adapter under test. May return the same instance on every call (recommended for slow
   * set-ups); tests never assume it is empty.
   */
  protected abstract StorageProvider provider();

  /**
   * Personal values of the suite's data that no log line may hold whole (besides any ID number or
   * mobile phone number, which {@link LibraryLogs} looks for in every line); none by default.
   */
  protected List<String> personalValues() {
    return List.of();
  }

  @BeforeEach
  @BeforeProperty
  void captureTheLibrarysLogs() {
    LibraryLogs.capture();
  }

  /** Every line the library logged during the test, at any level: no personal value whole. */
  @AfterEach
  @AfterProperty
  void noLogLineHoldsAPersonalValue() {
    LibraryLogs.assertNoPersonalValue(personalValues());
  }

  /** A district id no other test uses. */
  protected static DistrictId freshDistrict() {
    return DistrictId.of("t-" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** A change by the contract suite, with a distinct reason and instant. */
  protected static Change change(String reason) {
    return Change.of("contract-suite", reason, Instant.parse("2024-05-01T08:00:00Z")
        .plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000)));
  }

  protected static OrgUnitId uid(String id) {
    return OrgUnitId.of(id);
  }

  /** A new active unit (community organisation kind: the store does not check kinds). */
  protected static OrgUnit unit(DistrictId d, String id, String parentOrNull) {
    return OrgUnit.establish(d, uid(id), OrgKind.COMMUNITY_ORG, "unit " + id,
        parentOrNull == null ? null : uid(parentOrNull), D0);
  }

  /** Creates {@code unit(d, id, parent)} and returns the stored value. */
  protected OrgUnit create(DistrictId d, String id, String parentOrNull) {
    return provider().organizations().create(change("create " + id), unit(d, id, parentOrNull));
  }

  /** A valid GB 11643 ID number derived from {@code seed}. */
  protected static IdNumber idNumber(long seed) {
    String base = "110105" + "1980" + "0101" + String.format("%03d", Math.floorMod(seed, 1000));
    return IdNumber.parse(base + IdNumber.checkCharacter(base));
  }

  /** A new active member of {@code organization} with an ID number and a phone. */
  protected static Member member(DistrictId d, String id, String organization) {
    return Member.of(d, MemberId.of(id), "member " + id, idNumber(id.hashCode()), uid(organization))
        .withPhone(PhoneNumber.parse("1380013" + String.format("%04d", Math.floorMod(id.hashCode(), 10_000))));
  }

  /** Every item of a listing, page by page. */
  protected static <T> List<T> all(java.util.function.Function<PageRequest, Page<T>> lister, int pageSize) {
    List<T> out = new ArrayList<>();
    PageRequest r = PageRequest.first(pageSize);
    while (true) {
      Page<T> p = lister.apply(r);
      out.addAll(p.items());
      if (p.next().isEmpty()) {
        return out;
      }
      r = p.next().get();
    }
  }

  /**
   * Runs the tasks of {@code work} at once, each on a thread of its own, and waits for them all; a
   * task that fails fails the caller. {@code timeoutSeconds} only guards against a hang: it is no
   * timing test.
   */
  protected static void runAll(List<Callable<Void>> work, long timeoutSeconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      for (Future<Void> f : pool.invokeAll(work, timeoutSeconds, TimeUnit.SECONDS)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The ids of {@code units}, in order. */
  protected static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(u -> u.id().value()).toList();
  }
}
