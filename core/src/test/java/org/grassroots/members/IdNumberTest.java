package org.grassroots.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdNumberTest {
  /** The example number of GB 11643-1999 itself. */
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  static String withCheck(String seventeen) {
    return seventeen + IdNumber.checkCharacter(seventeen);
  }

  @Provide
  Arbitrary<String> validNumbers() {
    Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<LocalDate> born = Dates.dates().between(LocalDate.of(1880, 1, 1), LocalDate.of(2030, 12, 31));
    Arbitrary<String> seq = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(region, born, seq).as((r, b, s) ->
        withCheck(r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s));
  }

  @Test
  void theStandardsOwnExampleHasCheckCharacterX() {
    assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    IdNumber n = IdNumber.parse(STANDARD_EXAMPLE);
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(n.reveal()).isEqualTo(STANDARD_EXAMPLE);
  }

  @Test
  void lowerCaseXAndSurroundingSpacesAreAccepted() {
    assertThat(IdNumber.parse("  11010519491231002x ").reveal()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(IdNumber.parse("11010519491231002x")).isEqualTo(IdNumber.parse(STANDARD_EXAMPLE));
  }

  @Property
  void numbersBuiltWithTheCheckCharacterParse(@ForAll("validNumbers") String v) {
    IdNumber n = IdNumber.parse(v);
    assertThat(n.reveal()).isEqualTo(v);
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(
        Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
        Integer.parseInt(v.substring(12, 14))));
    assertThat(n).isEqualTo(IdNumber.parse(v)).hasSameHashCodeAs(IdNumber.parse(v));
  }

  @Property
  void everySingleCharacterChangeIsRefused(
      @ForAll("validNumbers") String v,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 0, max = 10) int replacement) {
    char c = "0123456789X".charAt(replacement);
    if (v.charAt(position) == c) {
      c = c == 'X' ? '0' : 'X';
    }
    String changed = v.substring(0, position) + c + v.substring(position + 1);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IdNumber.parse(changed));
    assertThat(e).as(changed).isNotNull();
    assertNeverShown(changed, e);
  }

  @Property
  void theNumberIsNeverShownWhole(@ForAll("validNumbers") String v) {
    IdNumber n = IdNumber.parse(v);
    assertThat(n.toString()).doesNotContain(v).isEqualTo(n.masked());
    assertThat(n.masked()).hasSize(18).startsWith(v.substring(0, 3)).endsWith(v.substring(17))
        .contains("*".repeat(14));
    Member m = Member.of(DistrictId.of("d"), MemberId.of("m1"), "张三", n, OrgUnitId.of("b1"))
        .withPhone(PhoneNumber.parse("13812345678"));
    assertThat(m.toString()).doesNotContain(v).doesNotContain(v.substring(6, 14))
        .doesNotContain("13812345678").contains(n.masked());
    assertThat(m.describe().values()).noneMatch(s -> s.contains(v) || s.contains("13812345678"));
    assertThat(m.describe()).containsEntry("idNumber", n.masked()).containsEntry("phone", "138****5678");
  }

  @Test
  void wrongCheckDigitIsRefusedMasked() {
    String wrong = "110105194912310021";
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IdNumber.parse(wrong));
    assertThat(e.key()).isEqualTo("input.idNumber.checkDigit");
    assertThat(e.field()).isEqualTo("member.idNumber");
    assertThat(e.shownValue()).isEqualTo("110**************1");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("member.idNumber: ID number 110**************1 fails the GB 11643 check digit");
    assertThat(e.getMessage(Locale.CHINESE)).contains("校验码");
    assertNeverShown(wrong, e);
  }

  @Test
  void birthDatesAreChecked() {
    for (String seventeen : new String[] {
        "11010519490230002", // 30 February
        "11010519491331002", // month 13
        "11010519490000002", // month 0, day 0
        "11010518791231002", // before 1880
        "11010500001231002"}) {
      String v = withCheck(seventeen);
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IdNumber.parse(v));
      assertThat(e).as(v).isNotNull();
      assertThat(e.key()).isEqualTo("input.idNumber.birthDate");
      assertNeverShown(v, e);
    }
    assertThat(IdNumber.parse(withCheck("11010518800101002")).birthDate()).isEqualTo(IdNumber.EARLIEST_BIRTH_DATE);
    assertThat(IdNumber.parse(withCheck("11010520000229002")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> IdNumber.parse(withCheck("11010519000229002")))
        .isInstanceOf(InvalidInputException.class); // 1900 is not a leap year
  }

  @Test
  void wrongShapesAreRefusedMasked() {
    for (String v : new String[] {"", "1101051949123100", "1101051949123100211", "11010519491231002Y",
        "X10105194912310021", "１１０１０５１９４９１２３１００２X", "110105 19491231002X"}) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IdNumber.parse(v));
      assertThat(e).as(v).isNotNull();
      assertThat(e.key()).isEqualTo("input.pattern");
      if (v.length() > 4) {
        assertNeverShown(v, e);
      }
    }
    assertThatThrownBy(() -> IdNumber.parse(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("member.idNumber");
  }

  @Test
  void checkCharacterRefusesWhatIsNotSeventeenDigits() {
    assertThatThrownBy(() -> IdNumber.checkCharacter("1101051949123100")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> IdNumber.checkCharacter("1101051949123100a")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> IdNumber.checkCharacter(null)).isInstanceOf(InvalidInputException.class);
    // the 18th character is ignored, so a whole number can be checked
    assertThat(IdNumber.checkCharacter(STANDARD_EXAMPLE)).isEqualTo('X');
  }

  /** Neither the number nor its hidden middle appears in any message of {@code e}. */
  static void assertNeverShown(String raw, InvalidInputException e) {
    String middle = raw.length() > 8 ? raw.substring(3, raw.length() - 1) : raw;
    for (String text : new String[] {e.getMessage(), e.getMessage(Locale.ENGLISH),
        e.getMessage(Locale.CHINESE), e.getLocalizedMessage(), e.shownValue(), e.toString()}) {
      assertThat(text).doesNotContain(raw).doesNotContain(middle);
    }
  }
}
