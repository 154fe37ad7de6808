package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import org.grassroots.input.Check;

/**
 * Promotion recommendations of a period (提拔任用推荐名单): the cadres recommended, in ranking
 * order, and every better-placed cadre passed over with the reasons, so the list explains itself.
 *
 * @param recommended the standings of the recommended cadres, in ranking order
 * @param passedOver cadres ranked above the last recommended one (or all, when slots remain) who were
 *     not recommended, with why
 */
public record PromotionSlate(
    ImmutableList<Standing> recommended, ImmutableList<PassedOver> passedOver) {
  public PromotionSlate {
    Check.notNull("promotionSlate.recommended", recommended);
    Check.notNull("promotionSlate.passedOver", passedOver);
  }

  /**
   * A cadre not recommended and why (未推荐原因).
   *
   * @param standing the cadre's standing
   * @param reasons codes: a failed or unchecked gate's code, {@code "improvementBoard"} when barred
   *     by improvement entries, {@code "netNotPositive"} when the net score is 0 or less
   */
  public record PassedOver(Standing standing, ImmutableList<String> reasons) {
    public PassedOver {
      Check.notNull("passedOver.standing", standing);
      Check.notEmpty("passedOver.reasons", reasons);
    }
  }
}
