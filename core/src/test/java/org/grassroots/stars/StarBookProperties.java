package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.stars.StarFixtures.community;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.audit.Change;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;

/** Across random sequences of periods, the book holds what the declared rules say. */
class StarBookProperties {
  private static final Change RATE = Change.of("committee", "年度评定", Instant.parse("2025-01-05T00:00:00Z"));
  private static final TreeSnapshot TREE = StarFixtures.tree(2);
  private static final StarScheme.Compiled SCHEME = StarFixtures.named().compile();

  /** Each period, per community: org, service (0..100), fulfilment ≥ 80% or not, incident or not. */
  @Property(tries = 200)
  void aHeldStarHasFailedFewerThanTheDeclaredPeriodsAndAnEarnedStarIsHeld(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 15) Integer> periods,
      @ForAll @IntRange(min = 1, max = 3) int failuresBeforeRevoke) {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, failuresBeforeRevoke);
    Map<String, Integer> failedRun = new HashMap<>();
    int year = 2000;
    for (int bits : periods) {
      long[][] rows = new long[2][];
      for (int c = 0; c < 2; c++) {
        int b = c == 0 ? bits : bits ^ 0b0101;
        rows[c] = new long[] {(b & 1) != 0 ? 90 : 10, (b & 2) != 0 ? 90 : 10,
            (b & 4) != 0 ? Fixed.ONE : 0, (b & 8) != 0 ? 1 : 0};
      }
      StarRatings r = SCHEME.evaluate(StarFixtures.columns(TREE, Period.year(year++), rows));
      book = book.advance(r, RATE, Period.year(year).start());
      for (int c = 1; c <= 2; c++) {
        OrgUnitId u = community(c);
        for (RuleId star : List.of(StarFixtures.PIONEER, StarFixtures.SATISFIED)) {
          String key = u + "/" + star;
          boolean earned = r.earned(star, u);
          if (earned) {
            assertThat(book.held(u)).contains(star);
          }
          failedRun.put(key, earned ? 0 : failedRun.getOrDefault(key, 0) + 1);
          if (book.held(u).contains(star)) {
            assertThat(failedRun.get(key)).isLessThan(failuresBeforeRevoke);
            assertThat(r.vetoes(star, u)).isEmpty();
          }
        }
        assertThat(book.confirmed(u)).isEmpty(); // nothing confirmed without publicity
      }
    }
    assertThat(book.trail()).hasSameSizeAs(book.changes());
    for (StarChange c : book.changes()) {
      assertThat(c.action() == StarChange.Action.AWARD ? c.cause() == StarChange.Cause.CRITERION_MET
          : c.cause() != StarChange.Cause.CRITERION_MET).isTrue();
    }
  }
}
