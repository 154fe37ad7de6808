package org.grassroots.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void keepsHeadAndTail() {
    assertThat(Masking.mask("13812345678", 3, 4)).isEqualTo("138****5678");
    assertThat(Masking.mask("11010519491231002X", 3, 1)).isEqualTo("110**************X");
    assertThat(Masking.mask("abc", 3, 1)).isEqualTo("***");
    assertThat(Masking.mask("abcd", 3, 1)).isEqualTo("****");
    assertThat(Masking.mask("", 3, 1)).isEmpty();
    assertThat(Masking.mask(null, 3, 1)).isEqualTo("null");
    assertThat(Masking.maskAny("secret-value")).isEqualTo("s***********");
    assertThat(Masking.maskAny("abc")).isEqualTo("***");
    assertThat(Masking.maskAny(null)).isEqualTo("null");
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> Masking.mask("x", -1, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mask.head");
    assertThatThrownBy(() -> Masking.mask("x", 0, -1)).isInstanceOf(InvalidInputException.class);
  }

  @Property
  void keepsLengthAndEndsAndHidesTheMiddle(
      @ForAll @StringLength(max = 40) String v,
      @ForAll @IntRange(max = 5) int head,
      @ForAll @IntRange(max = 5) int tail) {
    String m = Masking.mask(v, head, tail);
    assertThat(m).hasSameSizeAs(v);
    if (v.length() <= head + tail) {
      assertThat(m).isEqualTo("*".repeat(v.length()));
    } else {
      assertThat(m).startsWith(v.substring(0, head)).endsWith(v.substring(v.length() - tail));
      assertThat(m.substring(head, v.length() - tail)).matches("\\**");
    }
  }
}
