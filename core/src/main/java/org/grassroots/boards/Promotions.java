package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.input.Check;

/**
 * Promotion recommendations in ranking order once the declared gates pass (在政治过硬、廉政过关的前提下,
 * 严格按照榜单排名来推荐干部, 杏林).
 */
public final class Promotions {
  /** Reason code: barred by improvement-board entries. */
  public static final String IMPROVEMENT_BOARD = "improvementBoard";
  /** Reason code: the net score is not positive. */
  public static final String NET_NOT_POSITIVE = "netNotPositive";

  private Promotions() {}

  /**
   * Walks {@code ranking} best first and recommends up to {@code slots} cadres that passed every
   * gate (a gate without a check counts as not passed), are not barred by the policy and have a
   * positive net score.
   *
   * @throws org.grassroots.input.InvalidInputException when a check names an undeclared gate or a
   *     cadre and gate are checked twice
   */
  public static PromotionSlate recommend(
      List<Standing> ranking, List<PromotionGate> gates, Collection<GateCheck> checks, int slots,
      RankingPolicy policy) {
    Check.notNull("ranking", ranking);
    Check.notNull("gates", gates);
    Check.notNull("checks", checks);
    Check.atLeast("slots", slots, 0);
    Check.notNull("policy", policy);
    List<String> gateCodes = gates.stream().map(PromotionGate::code).toList();
    Map<String, Boolean> result = new HashMap<>();
    for (GateCheck c : checks) {
      Check.notNull("checks", c);
      Check.that(gateCodes.contains(c.gate()), "boards.unknownGate", "gateCheck.gate", c.gate());
      Check.that(
          result.put(c.cadre() + "|" + c.gate(), c.passed()) == null, "boards.duplicateCheck",
          "gateCheck", c.cadre() + "/" + c.gate());
    }
    ImmutableList.Builder<Standing> recommended = ImmutableList.builder();
    ImmutableList.Builder<PromotionSlate.PassedOver> passedOver = ImmutableList.builder();
    int given = 0;
    for (Standing s : ranking) {
      if (given == slots) {
        break;
      }
      ImmutableList.Builder<String> reasons = ImmutableList.builder();
      for (String gate : gateCodes) {
        if (!result.getOrDefault(s.cadre() + "|" + gate, false)) {
          reasons.add(gate);
        }
      }
      if (policy.bars(s.improvementEntries())) {
        reasons.add(IMPROVEMENT_BOARD);
      }
      if (s.net() <= 0) {
        reasons.add(NET_NOT_POSITIVE);
      }
      ImmutableList<String> why = reasons.build();
      if (why.isEmpty()) {
        recommended.add(s);
        given++;
      } else {
        passedOver.add(new PromotionSlate.PassedOver(s, why));
      }
    }
    return new PromotionSlate(recommended.build(), passedOver.build());
  }
}
