package org.grassroots.positions;

import java.util.Locale;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;

/**
 * A level of service positions (阵地层级) and the kind of unit that hosts one position each at that
 * level; 嵩屿's 三级阵地 is the three constants below. Levels are data: a district may declare its own.
 *
 * @param code stable code, lower-case letters, digits and {@code -}
 * @param nameZh the Chinese name, e.g. {@code 社区党群服务中心}
 * @param nameEn the English name
 * @param host the kind of unit that hosts a position of this level
 */
public record PositionLevel(String code, String nameZh, String nameEn, OrgKind host) {
  /** 街道党建服务中心: the street's Party-building service centre, hosted by the street committee. */
  public static final PositionLevel STREET_CENTRE = new PositionLevel(
      "street-centre", "街道党建服务中心", "street Party-building service centre", OrgKind.STREET_COMMITTEE);
  /** 社区党群服务中心: a community's Party–masses service centre. */
  public static final PositionLevel COMMUNITY_CENTRE = new PositionLevel(
      "community-centre", "社区党群服务中心", "community Party–masses service centre", OrgKind.COMMUNITY_ORG);
  /** 小区党群之家: a compound branch's Party–masses home, its fixed place to meet (固定议事场所). */
  public static final PositionLevel COMPOUND_HOME = new PositionLevel(
      "compound-home", "小区党群之家", "compound Party–masses home", OrgKind.COMPOUND_BRANCH);

  public PositionLevel {
    Check.kindCode("positionLevel.code", code);
    nameZh = Check.notBlank("positionLevel.nameZh", nameZh);
    Check.maxLength("positionLevel.nameZh", nameZh, 100);
    nameEn = Check.notBlank("positionLevel.nameEn", nameEn);
    Check.maxLength("positionLevel.nameEn", nameEn, 100);
    Check.notNull("positionLevel.host", host);
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
