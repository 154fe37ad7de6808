package org.grassroots.staffing;

import java.util.Locale;
import org.grassroots.input.Check;

/**
 * A staff role in a community (社区岗位), e.g. 分管领导 or 党建社工. Roles are data: a district may
 * declare its own; the constants are the roles of 金山's staffing standard (标配).
 *
 * @param code stable code, lower-case letters, digits and {@code -}
 * @param nameZh the Chinese name, e.g. {@code 党建社工}
 * @param nameEn the English name
 */
public record StaffRole(String code, String nameZh, String nameEn) {
  /** 分管领导: the street leader in charge of the community's Party building. */
  public static final StaffRole LEADER_IN_CHARGE =
      new StaffRole("leader-in-charge", "分管领导", "leader in charge");
  /** 党建社工: a community worker dedicated to Party building. */
  public static final StaffRole PARTY_SOCIAL_WORKER =
      new StaffRole("party-social-worker", "党建社工", "Party-building social worker");
  /** 党建协理员: a Party-building assistant. */
  public static final StaffRole PARTY_ASSISTANT =
      new StaffRole("party-assistant", "党建协理员", "Party-building assistant");

  public StaffRole {
    Check.kindCode("staffRole.code", code);
    nameZh = Check.notBlank("staffRole.nameZh", nameZh);
    Check.maxLength("staffRole.nameZh", nameZh, 100);
    nameEn = Check.notBlank("staffRole.nameEn", nameEn);
    Check.maxLength("staffRole.nameEn", nameEn, 100);
  }

  /** The name in {@code locale}: Chinese for a Chinese locale, English otherwise. */
  public String displayName(Locale locale) {
    Check.notNull("locale", locale);
    return locale.getLanguage().equals("zh") ? nameZh : nameEn;
  }

  @Override
  public String toString() {
    return code;
  }
}
