package org.grassroots.members;

import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Masking;

/**
 * A phone number (联系电话): a mainland mobile (11 digits, 1[3-9]…) or a landline with its area code
 * (0xx-xxxxxxxx). Personal data: shown masked ({@code 138****5678}) everywhere but {@link #reveal()}.
 */
public final class PhoneNumber extends PersonalValue {
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");


  private PhoneNumber(String value) {
    super(value, 3, 4);
  }

  /** Parses a mobile or landline number; spaces are ignored. */
  public static PhoneNumber parse(String text) {
    Check.notNull("member.phone", text);
    String v = text.replace(" ", "");
    if (!MOBILE.matcher(v).matches() && !LANDLINE.matcher(v).matches()) {
      throw new InvalidInputException("input.phone", "member.phone", Masking.mask(v, 3, 2));
    }
    return new PhoneNumber(v);
  }
}
