package org.grassroots.members;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Masking;
import org.grassroots.input.Messages;

/**
 * A resident identity card number (公民身份号码, 身份证号) of GB 11643: 17 digits and a check character
 * (0–9 or X) computed with ISO 7064 MOD 11-2. Personal data: {@link #toString()}, messages and
 * audit records show it masked ({@code 110***********001X}); only {@link #reveal()} gives it whole.
 */
public final class IdNumber extends PersonalValue {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final Pattern FORM = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern SEVENTEEN_DIGITS = Pattern.compile("\\d{17}.*", Pattern.DOTALL);

  /**
   * The earliest birth date accepted. Every holder of an 18-digit number was alive when the
   * 18-digit form began (1999), so an earlier century is a typing error, not a person.
   */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);


  private IdNumber(String value) {
    super(value, 3, 1);
  }

  /**
   * Parses and validates an 18-character ID number (a lower-case x is accepted as X).
   *
   * @throws InvalidInputException naming the masked value when the form, the birth date or the
   *     check digit is wrong
   */
  public static IdNumber parse(String text) {
    Check.notNull("member.idNumber", text);
    String v = text.strip().toUpperCase(Locale.ROOT);
    if (!FORM.matcher(v).matches()) {
      throw new InvalidInputException(
          "input.pattern", "member.idNumber", Masking.mask(v, 3, 1),
          new Messages.Text("text.idNumber"));
    }
    LocalDate born;
    try {
      born = birthDateOf(v);
    } catch (DateTimeException e) {
      throw new InvalidInputException("input.idNumber.birthDate", "member.idNumber", Masking.mask(v, 3, 1));
    }
    if (born.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new InvalidInputException("input.idNumber.birthDate", "member.idNumber", Masking.mask(v, 3, 1));
    }
    if (v.charAt(17) != checkCharacter(v)) {
      throw new InvalidInputException("input.idNumber.checkDigit", "member.idNumber", Masking.mask(v, 3, 1));
    }
    return new IdNumber(v);
  }

  /**
   * The check character for the first 17 digits of {@code v} (ISO 7064 MOD 11-2).
   *
   * @throws InvalidInputException when {@code v} does not start with 17 digits
   */
  public static char checkCharacter(CharSequence v) {
    Check.notNull("member.idNumber", v);
    if (!SEVENTEEN_DIGITS.matcher(v).matches()) {
      throw new InvalidInputException(
          "input.pattern", "member.idNumber", Masking.mask(v, 3, 1),
          new Messages.Text("text.idNumber"));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (v.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The birth date encoded in positions 7–14. */
  public LocalDate birthDate() {
    return birthDateOf(reveal());
  }

  private static LocalDate birthDateOf(String v) {
    return LocalDate.of(
        Integer.parseInt(v.substring(6, 10)),
        Integer.parseInt(v.substring(10, 12)),
        Integer.parseInt(v.substring(12, 14)));
  }
}
