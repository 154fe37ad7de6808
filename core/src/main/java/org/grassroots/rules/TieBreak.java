package org.grassroots.rules;

import java.util.Optional;
import org.grassroots.input.Check;

/**
 * How units with equal keys are placed (并列处理) in a ranking, a peer-group band or a quota.
 *
 * @param mode how ties rank
 * @param secondKey for {@link RankMode#ORDINAL}: the input (measurement) compared next, higher first
 *     (when ranking totals: that indicator's points); the unit id (ascending) decides what is still
 *     tied
 */
public record TieBreak(RankMode mode, Optional<IndicatorId> secondKey) {
  public TieBreak {
    Check.notNull("tieBreak.mode", mode);
    Check.notNull("tieBreak.secondKey", secondKey);
  }

  /** Competition ranking: 1, 2, 2, 4. */
  public static TieBreak competition() {
    return new TieBreak(RankMode.COMPETITION, Optional.empty());
  }

  /** Dense ranking: 1, 2, 2, 3. */
  public static TieBreak dense() {
    return new TieBreak(RankMode.DENSE, Optional.empty());
  }

  /** Ordinal ranking 1, 2, 3, 4: ties broken by {@code secondKey} (higher first), then unit id. */
  public static TieBreak ordinal(IndicatorId secondKey) {
    return new TieBreak(RankMode.ORDINAL, Optional.of(secondKey));
  }

  /** Ordinal ranking 1, 2, 3, 4: ties broken by unit id (ascending). */
  public static TieBreak ordinalById() {
    return new TieBreak(RankMode.ORDINAL, Optional.empty());
  }

  /** How equal keys are numbered (排名方式). */
  public enum RankMode {
    /** Equal keys share the best place and the next place skips: 1, 2, 2, 4 (标准竞赛排名). */
    COMPETITION,
    /** Equal keys share a place and the next place follows: 1, 2, 2, 3 (密集排名). */
    DENSE,
    /** Every unit its own place, ties broken by a second key and then the unit id: 1, 2, 3, 4. */
    ORDINAL
  }
}
