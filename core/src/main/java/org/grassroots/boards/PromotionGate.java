package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * A precondition of a promotion recommendation (推荐前提), as data: a named check every recommended
 * cadre must have passed.
 *
 * @param code the gate's code (identifier syntax)
 * @param name its name, e.g. 政治过硬
 */
public record PromotionGate(String code, String name) {
  public PromotionGate {
    Identifiers.check("promotionGate.code", code);
    name = Check.notBlank("promotionGate.name", name);
  }

  /** 杏林's two gates: political standing (政治过硬) and integrity (廉政过关). */
  public static ImmutableList<PromotionGate> xinglin() {
    return ImmutableList.of(
        new PromotionGate("political", "政治过硬"), new PromotionGate("integrity", "廉政过关"));
  }
}
