package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StarStore;
import org.grassroots.spi.Versioned;
import org.grassroots.stars.Publicity;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarChange;
import org.grassroots.stars.StarChange.Action;
import org.grassroots.stars.StarChange.Cause;
import org.junit.jupiter.api.Test;

/**
 * Star books (星级台账): a saved book loads back equal, a book advanced and saved again appends, a
 * stale save and a save that rewrites the stored book are refused with nothing changed, a 摘星's
 * audit entry with its reason is readable by subject, tenancy.
 *
 * <p>The books are built as {@link StarBook#advance} builds them (changes numbered from 1, each with
 * its {@link StarChange#toAuditEntry} record; publicity by {@link StarBook#publicity}), without a
 * scheme evaluation: the store persists the book, whatever rated it.
 */
public abstract class StarStoreContract extends ContractSupport {
  private static final RulesetId SCHEME = RulesetId.of("five-stars");
  private static final String PIONEER = "pioneer";
  private static final String SATISFIED = "satisfied";

  private StarStore stars() {
    return provider().stars();
  }

  /** {@code book} with one more change (proposed on the day after the period) and its record. */
  protected static StarBook with(StarBook book, Period period, String unit, String star, Action action, Cause cause,
      List<String> details, int levelBefore, int levelAfter, Change change) {
    StarChange c = new StarChange(book.changes().size() + 1, uid(unit), RuleId.of(star), "星 " + star, period, action,
        cause, details, change, levelBefore, levelAfter, Publicity.proposed(period.end().plusDays(1)));
    List<StarChange> changes = new ArrayList<>(book.changes());
    changes.add(c);
    List<AuditEntry> trail = new ArrayList<>(book.trail());
    trail.add(c.toAuditEntry(book.district()));
    return new StarBook(book.district(), book.failuresBeforeRevoke(), Optional.of(period), changes, book.failures(),
        trail);
  }

  /** {@code book} after {@code period} with these failure counts and no change. */
  protected static StarBook counted(StarBook book, Period period, Map<String, Map<String, Integer>> failures) {
    Map<org.grassroots.hierarchy.OrgUnitId, Map<RuleId, Integer>> f = new java.util.HashMap<>();
    failures.forEach((u, m) -> {
      Map<RuleId, Integer> per = new java.util.HashMap<>();
      m.forEach((s, n) -> per.put(RuleId.of(s), n));
      f.put(uid(u), per);
    });
    return new StarBook(book.district(), book.failuresBeforeRevoke(), Optional.of(period), book.changes(), f,
        book.trail());
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** 2023: c1 earns both stars, c2 the pioneer star; c1's are publicised and confirmed. */
  private static StarBook year2023(DistrictId d) {
    Change rate = change("2023年度创星升级评定");
    Period p = Period.year(2023);
    StarBook b = StarBook.empty(d, 2);
    b = with(b, p, "c1", PIONEER, Action.AWARD, Cause.CRITERION_MET, List.of(), 0, 2, rate);
    b = with(b, p, "c1", SATISFIED, Action.AWARD, Cause.CRITERION_MET, List.of(), 0, 2, rate);
    b = with(b, p, "c2", PIONEER, Action.AWARD, Cause.CRITERION_MET, List.of(), 0, 1, rate);
    b = b.publicity(1, Publicity.Status.PUBLICISED, day("2024-01-15"), change("公示"))
        .publicity(2, Publicity.Status.PUBLICISED, day("2024-01-15"), change("公示"))
        .publicity(1, Publicity.Status.CONFIRMED, day("2024-01-22"), change("公示期满"));
    return b;
  }

  /** 2024 on {@code b}: c1's satisfied star failed once (counted), c2's pioneer star lost by a veto. */
  private static StarBook year2024(StarBook b) {
    Period p = Period.year(2024);
    b = counted(b, p, Map.of("c1", Map.of(SATISFIED, 1)));
    return with(b, p, "c2", PIONEER, Action.REVOKE, Cause.VETO, List.of("[v-incident] 重大安全事故"), 1, 0,
        change("2024年度创星升级评定"));
  }

  /** 2025 on {@code b}: c1's satisfied star failed a second time — 摘星. */
  private static StarBook year2025(StarBook b) {
    Period p = Period.year(2025);
    b = counted(b, p, Map.of());
    return with(b, p, "c1", SATISFIED, Action.REVOKE, Cause.FAILED_PERIODS, List.of("2"), 2, 1,
        change("2025年度创星升级评定"));
  }

  @Test
  void aSavedBookLoadsBackEqual() {
    DistrictId d = freshDistrict();
    StarBook book = year2023(d);
    Versioned<StarBook> saved = stars().save(change("save"), SCHEME, 0, book);
    assertThat(saved).isEqualTo(new Versioned<>(book, 1));
    Versioned<StarBook> loaded = stars().find(d, SCHEME).orElseThrow();
    assertThat(loaded).isEqualTo(saved);
    assertThat(loaded.value().held(uid("c1"))).containsExactlyInAnyOrder(RuleId.of(PIONEER), RuleId.of(SATISFIED));
    assertThat(loaded.value().confirmed(uid("c1"))).containsExactly(RuleId.of(PIONEER));
    assertThat(loaded.value().changes().get(1).publicity().steps()).extracting(Publicity.Step::status)
        .containsExactly(Publicity.Status.PROPOSED, Publicity.Status.PUBLICISED);
    assertThat(stars().find(d, RulesetId.of("other"))).isEmpty();
    assertThat(stars().schemes(d)).containsExactly(SCHEME);
  }

  @Test
  void aBookAdvancedAndSavedAgainAppendsAndEveryVersionLoadsEqual() {
    DistrictId d = freshDistrict();
    StarBook b1 = year2023(d);
    stars().save(change("2023"), SCHEME, 0, b1);
    StarBook b2 = year2024(stars().find(d, SCHEME).orElseThrow().value())
        .publicity(2, Publicity.Status.CONFIRMED, day("2024-02-01"), change("公示期满"));
    assertThat(stars().save(change("2024"), SCHEME, 1, b2).version()).isEqualTo(2);
    assertThat(stars().find(d, SCHEME)).contains(new Versioned<>(b2, 2));
    assertThat(stars().find(d, SCHEME).orElseThrow().value().failures())
        .isEqualTo(Map.of(uid("c1"), Map.of(RuleId.of(SATISFIED), 1)));

    StarBook b3 = year2025(b2).publicity(5, Publicity.Status.PUBLICISED, day("2026-01-10"), change("公示"))
        .publicity(5, Publicity.Status.OBJECTED, day("2026-01-12"), change("异议"))
        .publicity(5, Publicity.Status.REVIEWED, day("2026-01-20"), change("复核"))
        .publicity(5, Publicity.Status.WITHDRAWN, day("2026-01-21"), change("撤回"));
    stars().save(change("2025"), SCHEME, 2, b3);
    StarBook loaded = stars().find(d, SCHEME).orElseThrow().value();
    assertThat(loaded).isEqualTo(b3);
    // the withdrawn 摘星 is undone: c1 still holds the satisfied star
    assertThat(loaded.held(uid("c1"))).contains(RuleId.of(SATISFIED));
    assertThat(loaded.failures()).isEmpty();
    assertThat(loaded.lastPeriod()).contains(Period.year(2025));
  }

  @Test
  void aStaleSaveIsRefusedAndChangesNothing() {
    DistrictId d = freshDistrict();
    StarBook b1 = year2023(d);
    assertThatThrownBy(() -> stars().save(change("not yet saved"), SCHEME, 1, b1))
        .isInstanceOf(StaleVersionException.class);
    assertThat(stars().find(d, SCHEME)).isEmpty();
    assertThat(provider().audit().count(d)).isZero();

    stars().save(change("first"), SCHEME, 0, b1);
    StarBook mine = year2024(b1);
    StarBook theirs = b1.publicity(3, Publicity.Status.PUBLICISED, day("2024-01-16"), change("公示"));
    stars().save(change("theirs"), SCHEME, 1, theirs);
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> stars().save(change("mine"), SCHEME, 1, mine)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> stars().save(change("again"), SCHEME, 0, b1)).isInstanceOf(StaleVersionException.class);
    assertThat(stars().find(d, SCHEME)).contains(new Versioned<>(theirs, 2));
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void aSaveThatRewritesTheStoredBookIsRefusedAndChangesNothing() {
    DistrictId d = freshDistrict();
    StarBook b1 = year2023(d);
    stars().save(change("first"), SCHEME, 0, b1);
    long audit = provider().audit().count(d);

    StarBook dropped = new StarBook(d, 2, b1.lastPeriod(), b1.changes().subList(0, 2), b1.failures(), b1.trail());
    StarBook otherThreshold = new StarBook(d, 3, b1.lastPeriod(), b1.changes(), b1.failures(), b1.trail());
    List<StarChange> altered = new ArrayList<>(b1.changes());
    StarChange c3 = altered.get(2);
    altered.set(2, new StarChange(3, c3.unit(), RuleId.of(SATISFIED), c3.starName(), c3.period(), c3.action(),
        c3.cause(), c3.details(), c3.change(), c3.levelBefore(), c3.levelAfter(), c3.publicity()));
    StarBook rewritten = new StarBook(d, 2, b1.lastPeriod(), altered, b1.failures(), b1.trail());
    StarBook lostTrail = new StarBook(d, 2, b1.lastPeriod(), b1.changes(), b1.failures(),
        b1.trail().subList(1, b1.trail().size()));
    StarBook earlier = new StarBook(d, 2, Optional.of(Period.year(2022)), b1.changes(), b1.failures(), b1.trail());
    for (StarBook bad : List.of(dropped, otherThreshold, rewritten, lostTrail, earlier)) {
      assertThatThrownBy(() -> stars().save(change("rewrite"), SCHEME, 1, bad))
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.key()).isEqualTo("storage.starBookRewritten"));
    }
    assertThat(stars().find(d, SCHEME)).contains(new Versioned<>(b1, 1));
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void aRevokedStarIsAuditedWithItsReasonUnderItsSubject() {
    DistrictId d = freshDistrict();
    StarBook b1 = year2023(d);
    stars().save(change("2023"), SCHEME, 0, b1);
    StarBook b2 = year2024(b1);
    stars().save(change("2024"), SCHEME, 1, b2);
    StarBook b3 = year2025(b2);
    Change save = change("年度台账归档");
    stars().save(save, SCHEME, 2, b3);

    List<AuditEntry> satisfied = provider().audit().forSubject(d, StarChange.SUBJECT_TYPE, "c1/" + SATISFIED);
    assertThat(satisfied).extracting(AuditEntry::action).containsExactly("award", "publicity", "revoke");
    AuditEntry revoke = satisfied.get(2);
    assertThat(revoke.reason()).isEqualTo("连续 2 期未达标准 — 2025年度创星升级评定");
    assertThat(revoke.before()).containsEntry("held", "true").containsEntry("level", "2");
    assertThat(revoke.after()).containsEntry("held", "false").containsEntry("level", "1")
        .containsEntry("period", "2025");
    assertThat(revoke).usingRecursiveComparison().ignoringFields("sequence").isEqualTo(b3.trail().get(b3.trail().size() - 1));
    assertThat(satisfied).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates()
        .allSatisfy(s -> assertThat(s).isPositive());

    AuditEntry veto = provider().audit().forSubject(d, StarChange.SUBJECT_TYPE, "c2/" + PIONEER).get(1);
    assertThat(veto.action()).isEqualTo("revoke");
    assertThat(veto.reason()).startsWith("一票否决 [v-incident] 重大安全事故");

    // every record of the books is in the district's trail once, plus one entry per save
    assertThat(provider().audit().count(d)).isEqualTo(b3.trail().size() + 3L);
    List<AuditEntry> saves = provider().audit().forSubject(d, StarStore.SUBJECT_TYPE, SCHEME.value());
    assertThat(saves).hasSize(3);
    assertThat(saves.get(2).action()).isEqualTo("save");
    assertThat(saves.get(2).reason()).isEqualTo(save.reason());
    assertThat(saves.get(2).before()).isEqualTo(StarStore.describe(2, b2));
    assertThat(saves.get(2).after()).isEqualTo(StarStore.describe(3, b3)).containsEntry("lastPeriod", "2025");
    assertThat(saves.get(0).before()).containsEntry("version", "0").containsEntry("changes", "0");
  }

  @Test
  void schemesAreInIdOrderAndDistrictsAreIndependent() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    StarBook inA = year2023(a);
    stars().save(change("a"), SCHEME, 0, inA);
    stars().save(change("a graded"), RulesetId.of("Graded"), 0, StarBook.empty(a, 1));
    StarBook inB = with(StarBook.empty(b, 2), Period.year(2023), "c1", PIONEER, Action.AWARD, Cause.CRITERION_MET,
        List.of(), 0, 1, change("b"));
    stars().save(change("b"), SCHEME, 0, inB);
    stars().save(change("b 2024"), SCHEME, 1, with(inB, Period.year(2024), "c1", PIONEER, Action.REVOKE, Cause.VETO,
        List.of("[v-incident] 重大安全事故"), 1, 0, change("b 2024")));

    assertThat(stars().schemes(a)).extracting(RulesetId::value).containsExactly("Graded", SCHEME.value());
    assertThat(stars().schemes(b)).containsExactly(SCHEME);
    assertThat(stars().find(a, SCHEME)).contains(new Versioned<>(inA, 1));
    assertThat(stars().find(a, RulesetId.of("Graded")).orElseThrow().value()).isEqualTo(StarBook.empty(a, 1));
    assertThat(stars().find(b, SCHEME).orElseThrow().version()).isEqualTo(2);
    assertThat(provider().audit().forSubject(a, StarChange.SUBJECT_TYPE, "c2/" + PIONEER)).hasSize(1);
    assertThat(provider().audit().forSubject(a, StarChange.SUBJECT_TYPE, "c1/" + PIONEER))
        .extracting(AuditEntry::action).containsExactly("award", "publicity", "publicity");
    assertThat(provider().audit().forSubject(b, StarChange.SUBJECT_TYPE, "c1/" + PIONEER))
        .extracting(AuditEntry::action).containsExactly("award", "revoke");
    assertThat(provider().audit().count(a)).isEqualTo(inA.trail().size() + 2L);
    assertThat(stars().schemes(freshDistrict())).isEmpty();
  }

  @Test
  void concurrentPublicityStepsWithRetryLoseNothing() throws Exception {
    DistrictId d = freshDistrict();
    Change rate = change("评定");
    StarBook book = StarBook.empty(d, 2);
    int units = 4;
    for (int u = 0; u < units; u++) {
      book = with(book, Period.year(2024), "c" + u, PIONEER, Action.AWARD, Cause.CRITERION_MET, List.of(), 0, 1, rate);
    }
    stars().save(change("first"), SCHEME, 0, book);
    List<Callable<Void>> work = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      long sequence = u + 1;
      work.add(() -> {
        for (Publicity.Status to : List.of(Publicity.Status.PUBLICISED, Publicity.Status.CONFIRMED)) {
          while (true) {
            Versioned<StarBook> cur = stars().find(d, SCHEME).orElseThrow();
            try {
              stars().save(change("step"), SCHEME, cur.version(),
                  cur.value().publicity(sequence, to, day("2025-01-10"), change("公示")));
              break;
            } catch (StaleVersionException retry) {
              // another unit's step was saved first: reload and try again
            }
          }
        }
        return null;
      });
    }
    runAll(work, 300);
    Versioned<StarBook> last = stars().find(d, SCHEME).orElseThrow();
    assertThat(last.version()).isEqualTo(1L + 2 * units);
    for (int u = 0; u < units; u++) {
      assertThat(last.value().confirmed(uid("c" + u))).containsExactly(RuleId.of(PIONEER));
    }
    // the awards, 2 publicity records per unit, one entry per save
    assertThat(last.value().trail()).hasSize(units * 3);
    assertThat(provider().audit().count(d)).isEqualTo(units * 3L + 1 + 2L * units);
  }
}
