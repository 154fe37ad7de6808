package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.input.Check;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.rules.TieBreak.RankMode;

/** Ranks cadres by their board entries in a period (榜单排名) under a declared {@link RankingPolicy}. */
public final class CadreRanking {
  private CadreRanking() {}

  /**
   * The standings, best first, of every cadre with an entry whose period lies within {@code period}
   * (a year's ranking takes its months and quarters too).
   */
  public static ImmutableList<Standing> rank(
      Collection<BoardEntry> entries, Period period, RankingPolicy policy) {
    Check.notNull("entries", entries);
    Check.notNull("period", period);
    Check.notNull("policy", policy);
    Map<CadreId, long[]> sums = new TreeMap<>(); // advanced, improvement, #advanced, #improvement
    for (BoardEntry e : entries) {
      Check.notNull("entries", e);
      if (!within(e.period(), period)) {
        continue;
      }
      long[] s = sums.computeIfAbsent(e.cadre(), c -> new long[4]);
      int k = e.kind() == BoardKind.ADVANCED ? 0 : 1;
      s[k] = Math.addExact(s[k], e.score());
      s[k + 2]++;
    }
    List<Standing> unplaced = new ArrayList<>();
    sums.forEach((cadre, s) -> {
      long net = Math.subtractExact(
          s[0], Fixed.multiply(policy.improvementWeight(), s[1], policy.rounding()));
      unplaced.add(new Standing(1, cadre, s[0], s[1], net, (int) s[2], (int) s[3]));
    });
    Comparator<Standing> order = Comparator.comparingLong(Standing::net).reversed();
    if (policy.mode() == RankMode.ORDINAL) {
      order = order.thenComparing(Comparator.comparingInt(Standing::advancedEntries).reversed());
    }
    unplaced.sort(order.thenComparing(Standing::cadre));
    long[] keys = new long[unplaced.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = unplaced.get(i).net();
    }
    int[] places = Places.of(keys, policy.mode());
    ImmutableList.Builder<Standing> out = ImmutableList.builder();
    for (int i = 0; i < places.length; i++) {
      Standing s = unplaced.get(i);
      out.add(new Standing(places[i], s.cadre(), s.advancedScore(), s.improvementScore(), s.net(),
          s.advancedEntries(), s.improvementEntries()));
    }
    return out.build();
  }

  static boolean within(Period inner, Period outer) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }
}
