package org.grassroots.hierarchy;

import java.util.regex.Pattern;
import org.grassroots.input.Check;

/**
 * An administrative division code (行政区划代码): 6 digits of GB/T 2260 (province, city, county) or
 * 12 digits of the National Bureau of Statistics' 统计用区划代码 (street, community, village).
 */
public record DivisionCode(String value) {
  /** The syntax: 6 or 12 ASCII digits. */
  public static final String REGEX = "[0-9]{6}|[0-9]{12}";

  private static final Pattern CODE = Pattern.compile(REGEX);

  public DivisionCode {
    Check.notNull("divisionCode", value);
    Check.that(CODE.matcher(value).matches(), "input.divisionCode", "divisionCode", value);
  }

  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  /** True for a 12-digit statistical code. */
  public boolean isStatistical() {
    return value.length() == 12;
  }

  @Override
  public String toString() {
    return value;
  }
}
