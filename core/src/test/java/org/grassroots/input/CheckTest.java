package org.grassroots.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CheckTest {
  private static InvalidInputException refused(Runnable r) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, r::run);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(" | ");
    return e;
  }

  @Test
  void notNull() {
    assertThat(Check.notNull("f", "x")).isEqualTo("x");
    InvalidInputException e = refused(() -> Check.notNull("orgUnit.name", null));
    assertThat(e.key()).isEqualTo("input.null");
    assertThat(e.field()).isEqualTo("orgUnit.name");
    assertThat(e.shownValue()).isEqualTo("null");
    assertThat(e.getMessage()).isEqualTo("orgUnit.name: a value is required (got null) | orgUnit.name：必须填写（实为 null）");
  }

  @Test
  void notBlankStrips() {
    assertThat(Check.notBlank("f", "  嵩屿街道 ")).isEqualTo("嵩屿街道");
    assertThat(refused(() -> Check.notBlank("f", " \t")).key()).isEqualTo("input.blank");
    assertThat(refused(() -> Check.notBlank("f", null)).key()).isEqualTo("input.null");
  }

  @Test
  void maxLength() {
    assertThat(Check.maxLength("f", "abc", 3)).isEqualTo("abc");
    assertThat(Check.maxLength("f", null, 3)).isNull();
    InvalidInputException e = refused(() -> Check.maxLength("f", "abcd", 3));
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("f: at most 3 characters (got \"abcd\")");
  }

  @Test
  void kindCodesAreLowerCaseLettersDigitsAndDashesStartingWithALetter() {
    for (String good : List.of("street", "community-org", "a", "x1-2", "a" + "b".repeat(39))) {
      assertThat(Check.kindCode("staffRole.code", good)).isEqualTo(good);
    }
    for (String bad : List.of("", "Street", "1st", "-a", "a_b", "a b", "a" + "b".repeat(40))) {
      InvalidInputException e = refused(() -> Check.kindCode("staffRole.code", bad));
      assertThat(e.field()).isEqualTo("staffRole.code");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("a kind code (lower-case letters, digits and -, at most 40)");
    }
  }

  @Test
  void matchesNamesWhatIsExpected() {
    Pattern p = Pattern.compile("[a-z]+");
    assertThat(Check.matches("f", "abc", p, "text.identifier")).isEqualTo("abc");
    InvalidInputException e = refused(() -> Check.matches("f", "ABC", p, "text.identifier"));
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("f: \"ABC\" is not an identifier (1-64 of A-Z a-z 0-9 . _ : -)");
    assertThat(e.getMessage(Locale.CHINESE)).contains("合法的标识符");
  }

  @Test
  void numbers() {
    assertThat(Check.atLeast("n", 5, 5)).isEqualTo(5);
    assertThat(refused(() -> Check.atLeast("n", 4, 5)).getMessage(Locale.ENGLISH)).isEqualTo("n: must be at least 5 (got 4)");
    assertThat(Check.between("n", 3, 1, 3)).isEqualTo(3);
    assertThat(refused(() -> Check.between("n", 0, 1, 3)).key()).isEqualTo("input.range");
    assertThat(refused(() -> Check.between("n", 4, 1, 3)).shownValue()).isEqualTo("4");
  }

  @Test
  void collectionsAndConditions() {
    assertThat(Check.notEmpty("c", List.of(1))).containsExactly(1);
    assertThat(refused(() -> Check.notEmpty("c", List.of())).key()).isEqualTo("input.empty");
    assertThat(refused(() -> Check.notEmpty("c", null)).key()).isEqualTo("input.null");
    Check.that(true, "input.blank", "f", "v");
    InvalidInputException e = refused(() -> Check.that(false, "input.tooSmall", "f", 1, 2));
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("f: must be at least 2 (got 1)");
  }

  @Test
  void identifiers() {
    assertThat(Identifiers.check("id", "cn-110101001001")).isEqualTo("cn-110101001001");
    assertThat(refused(() -> Identifiers.check("id", "a".repeat(65))).key()).isEqualTo("input.pattern");
    assertThat(refused(() -> Identifiers.check("id", "社区")).key()).isEqualTo("input.pattern");
    assertThat(refused(() -> Identifiers.check("id", "")).key()).isEqualTo("input.pattern");
  }
}
