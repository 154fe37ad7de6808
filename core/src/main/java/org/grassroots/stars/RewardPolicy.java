package org.grassroots.stars;

import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.TieBreak;

/**
 * How star rewards are paid from a budget (奖励资金分配办法). When the budget covers what every unit
 * is due (its stars × the reward per star, or its level's reward), each unit is paid exactly that. When it does not, the declared {@link
 * Shortfall} decides, and nothing ever pays more than the budget:
 *
 * <ul>
 *   <li>{@link Shortfall#PRO_RATA} (按比例): each unit gets {@code due × budget / totalDue} rounded
 *       down to the fen; the fen left over are {@link Remainder declared}: left unpaid, or given one
 *       each by largest remainder (ties: larger due first, then unit id ascending).
 *   <li>{@link Shortfall#BY_RANK} (按排名): units are paid their whole due in order of their score
 *       (higher first), then stars (more first), while the budget lasts; the first unit that does not
 *       fit stops the payments (no one lower in rank is paid before it). With {@link
 *       TieBreak.RankMode#ORDINAL} equal keys are ordered by unit id ascending; with competition or
 *       dense ranking units tied on both keys are paid together or not at all.
 * </ul>
 *
 * @param budget the money available (奖励资金预算)
 * @param shortfall what happens when the budget is short
 * @param remainder for pro rata: what happens to the fen the rounding leaves
 * @param ties for by-rank: how equal keys are ordered
 */
public record RewardPolicy(Money budget, Shortfall shortfall, Remainder remainder, TieBreak.RankMode ties) {
  public RewardPolicy {
    Check.notNull("rewardPolicy.budget", budget);
    Check.notNull("rewardPolicy.shortfall", shortfall);
    Check.notNull("rewardPolicy.remainder", remainder);
    Check.notNull("rewardPolicy.ties", ties);
  }

  /** Pro rata when short, fen left over declared by {@code remainder}. */
  public static RewardPolicy proRata(Money budget, Remainder remainder) {
    return new RewardPolicy(budget, Shortfall.PRO_RATA, remainder, TieBreak.RankMode.ORDINAL);
  }

  /** By rank when short, ties declared by {@code ties}. */
  public static RewardPolicy byRank(Money budget, TieBreak.RankMode ties) {
    return new RewardPolicy(budget, Shortfall.BY_RANK, Remainder.LEFT_UNPAID, ties);
  }

  /** What a short budget does (预算不足时). */
  public enum Shortfall {
    /** Everyone is paid the same share of their due (按比例发放). */
    PRO_RATA,
    /** Units are paid in full in rank order until the budget runs out (按排名发放至预算用完). */
    BY_RANK
  }

  /** What happens to the fen pro-rata rounding leaves (尾差处理). */
  public enum Remainder {
    /** They stay in the budget, unpaid (尾差留存). */
    LEFT_UNPAID,
    /** One fen each to the largest remainders, so the whole budget is paid (最大余额法). */
    LARGEST_REMAINDER
  }

  /**
   * What one unit claims (奖励申领).
   *
   * @param unit the unit
   * @param stars its star count
   * @param score its rank key, fixed point (its total score)
   */
  public record Claim(OrgUnitId unit, int stars, long score) {
    public Claim {
      Check.notNull("claim.unit", unit);
      Check.atLeast("claim.stars", stars, 0);
    }
  }

  /**
   * The payments (奖励发放结果).
   *
   * @param paid what each unit is paid, in the claims' order
   * @param totalDue what every claim is due, summed
   * @param totalPaid the sum of {@code paid}, never more than the budget
   * @param unpaidBudget budget − totalPaid
   * @param shortfall true when the budget did not cover the total due
   */
  public record Allocation(
      ImmutableMap<OrgUnitId, Money> paid, Money totalDue, Money totalPaid, Money unpaidBudget, boolean shortfall) {
    /** What {@code unit} is paid (¥0 when it claimed nothing). */
    public Money paid(OrgUnitId unit) {
      return paid.getOrDefault(unit, Money.ZERO);
    }
  }

  /**
   * Pays {@code claims} at {@code rewardPerStar} a star from the budget.
   *
   * @throws org.grassroots.input.InvalidInputException if a unit claims twice
   */
  public Allocation allocate(List<Claim> claims, Money rewardPerStar) {
    return allocate(claims, StarReward.perStar(Check.notNull("rewardPerStar", rewardPerStar)));
  }

  /**
   * Pays {@code claims} from the budget, each due what {@code reward} gives its stars (per star or per
   * level); the same policy either way.
   *
   * @throws org.grassroots.input.InvalidInputException if a unit claims twice
   */
  public Allocation allocate(List<Claim> claims, StarReward reward) {
    Check.notNull("claims", claims);
    Check.notNull("reward", reward);
    Set<OrgUnitId> seen = new HashSet<>();
    Money totalDue = Money.ZERO;
    for (Claim c : claims) {
      Check.notNull("claims[]", c);
      Check.that(seen.add(c.unit()), "stars.claimTwice", "claims", c.unit());
      totalDue = totalDue.plus(reward.due(c.stars()));
    }
    Map<OrgUnitId, Money> paid = new LinkedHashMap<>();
    boolean short_ = totalDue.compareTo(budget) > 0;
    if (!short_) {
      for (Claim c : claims) {
        paid.put(c.unit(), reward.due(c.stars()));
      }
    } else if (shortfall == Shortfall.PRO_RATA) {
      proRata(claims, reward, totalDue, paid);
    } else {
      byRank(claims, reward, paid);
    }
    Money total = Money.ZERO;
    for (Money m : paid.values()) {
      total = total.plus(m);
    }
    return new Allocation(ImmutableMap.copyOf(paid), totalDue, total, budget.minus(total), short_);
  }

  private void proRata(List<Claim> claims, StarReward reward, Money totalDue, Map<OrgUnitId, Money> paid) {
    BigInteger b = BigInteger.valueOf(budget.fen());
    BigInteger t = BigInteger.valueOf(totalDue.fen());
    long[] rest = new long[claims.size()];
    long left = budget.fen();
    for (int i = 0; i < claims.size(); i++) {
      long due = reward.due(claims.get(i).stars()).fen();
      BigInteger[] qr = BigInteger.valueOf(due).multiply(b).divideAndRemainder(t); // rounded down
      paid.put(claims.get(i).unit(), Money.ofFen(qr[0].longValueExact()));
      rest[i] = qr[1].longValueExact();
      left -= qr[0].longValueExact();
    }
    if (remainder == Remainder.LARGEST_REMAINDER && left > 0) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        if (rest[i] > 0) {
          order.add(i);
        }
      }
      order.sort(Comparator.<Integer>comparingLong(i -> rest[i]).reversed()
          .thenComparing(Comparator.<Integer>comparingInt(i -> claims.get(i).stars()).reversed())
          .thenComparing(i -> claims.get(i).unit()));
      // Σ rest = left × totalDue and each rest < totalDue, so at least `left` units have a rest
      for (int k = 0; k < left; k++) {
        OrgUnitId u = claims.get(order.get(k)).unit();
        paid.put(u, paid.get(u).plus(Money.ofFen(1)));
      }
    }
  }

  private void byRank(List<Claim> claims, StarReward reward, Map<OrgUnitId, Money> paid) {
    for (Claim c : claims) {
      paid.put(c.unit(), Money.ZERO);
    }
    List<Claim> order = new ArrayList<>(claims);
    order.sort(Comparator.comparingLong(Claim::score).reversed()
        .thenComparing(Comparator.comparingInt(Claim::stars).reversed())
        .thenComparing(Claim::unit));
    long left = budget.fen();
    for (int from = 0; from < order.size(); ) {
      int to = from + 1;
      if (ties != TieBreak.RankMode.ORDINAL) {
        while (to < order.size() && order.get(to).score() == order.get(from).score()
            && order.get(to).stars() == order.get(from).stars()) {
          to++;
        }
      }
      long need = 0;
      for (int k = from; k < to; k++) {
        need = Math.addExact(need, reward.due(order.get(k).stars()).fen());
      }
      if (need > left) {
        return; // the budget has run out at this rank
      }
      for (int k = from; k < to; k++) {
        paid.put(order.get(k).unit(), reward.due(order.get(k).stars()));
      }
      left -= need;
      from = to;
    }
  }
}
