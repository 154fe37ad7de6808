package org.grassroots.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {
  @Provide
  Arbitrary<String> mobiles() {
    return Arbitraries.of('3', '4', '5', '6', '7', '8', '9')
        .flatMap(second -> Arbitraries.strings().numeric().ofLength(9).map(rest -> "1" + second + rest));
  }

  @Provide
  Arbitrary<String> landlines() {
    Arbitrary<String> area = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(3).map(a -> "0" + a);
    Arbitrary<String> local = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8);
    return net.jqwik.api.Combinators.combine(area, local, Arbitraries.of("", "-")).as((a, l, d) -> a + d + l);
  }

  @Property
  void mobilesParseAndShowOnlyHeadAndTail(@ForAll("mobiles") String v) {
    PhoneNumber p = PhoneNumber.parse(v);
    assertThat(p.reveal()).isEqualTo(v);
    assertThat(p.toString()).isEqualTo(v.substring(0, 3) + "****" + v.substring(7)).doesNotContain(v);
    assertThat(p).isEqualTo(PhoneNumber.parse(v.substring(0, 3) + " " + v.substring(3)));
  }

  @Property
  void landlinesParseAndAreMasked(@ForAll("landlines") String v) {
    PhoneNumber p = PhoneNumber.parse(v);
    assertThat(p.reveal()).isEqualTo(v);
    assertThat(p.masked()).hasSameSizeAs(v).doesNotContain(v).startsWith(v.substring(0, 3))
        .endsWith(v.substring(v.length() - 4));
  }

  @Test
  void wrongNumbersAreRefusedMasked() {
    for (String v : new String[] {"12812345678", "1381234567", "138123456789", "13812345a78",
        "592-1234567", "0592-123456", "+8613812345678"}) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PhoneNumber.parse(v));
      assertThat(e).as(v).isNotNull();
      assertThat(e.key()).isEqualTo("input.phone");
      assertThat(e.field()).isEqualTo("member.phone");
      for (String text : new String[] {e.getMessage(), e.getMessage(Locale.ENGLISH), e.getMessage(Locale.CHINESE)}) {
        assertThat(text).doesNotContain(v).doesNotContain(v.substring(3, v.length() - 2));
      }
    }
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> PhoneNumber.parse("12812345678"))
        .getMessage(Locale.ENGLISH)).isEqualTo("member.phone: 128******78 is not a mainland mobile or landline number");
    assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(InvalidInputException.class);
  }
}
