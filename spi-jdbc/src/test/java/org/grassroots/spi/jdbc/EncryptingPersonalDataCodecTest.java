package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

/** AES-GCM at rest: round trip, a fresh IV per value, tampering refused, key rotation, look-up hash. */
class EncryptingPersonalDataCodecTest {
  static final byte[] KEY_A = filled(32, 1);
  static final byte[] KEY_B = filled(16, 2);
  static final byte[] LOOKUP = filled(32, 3);
  private static final String ID = "110105197506151234";
  private static final String F = PersonalDataCodec.ID_NUMBER;

  static byte[] filled(int n, int seed) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) seed);
    b[0] = (byte) (seed * 31);
    return b;
  }

  static EncryptingPersonalDataCodec codecA() {
    return EncryptingPersonalDataCodec.builder().key("a", KEY_A).encryptWith("a").lookupKey(LOOKUP).build();
  }

  @Test
  void roundTripWithAFreshIvEveryTime() {
    EncryptingPersonalDataCodec codec = codecA();
    String one = codec.encode(F, ID);
    String two = codec.encode(F, ID);
    assertThat(one).isNotEqualTo(two).startsWith("gr1:").doesNotContain(ID).doesNotContain("19750615");
    assertThat(codec.decode(F, one)).isEqualTo(ID);
    assertThat(codec.decode(F, two)).isEqualTo(ID);
    String subject = "困难家庭 王某 \"引号\"\n第二行";
    String field = "ledger-entry.subject";
    assertThat(codec.decode(field, codec.encode(field, subject))).isEqualTo(subject);
    // the IV is 96 bits: 12 bytes before the ciphertext and its 16-byte tag
    String payload = one.substring(one.lastIndexOf(':') + 1);
    assertThat(Base64.getUrlDecoder().decode(payload)).hasSize(12 + ID.length() + 16);
  }

  @Test
  void theLookUpPrefixIsTheKeyedHashOfTheIdNumberOnly() {
    EncryptingPersonalDataCodec codec = codecA();
    String prefix = codec.storedPrefix(F, ID).orElseThrow();
    assertThat(codec.encode(F, ID)).startsWith(prefix);
    assertThat(codec.encode(F, "11010519750615123X")).doesNotStartWith(prefix);
    assertThat(prefix).matches("gr1:[0-9a-f]{64}:");
    assertThat(codec.storedPrefix(PersonalDataCodec.PHONE, "13912348765")).isEmpty();
    assertThat(codec.encode(PersonalDataCodec.PHONE, "13912348765")).startsWith("gr1::a:");
    EncryptingPersonalDataCodec otherLookup = EncryptingPersonalDataCodec.builder().key("a", KEY_A)
        .encryptWith("a").lookupKey(filled(32, 9)).build();
    assertThat(otherLookup.storedPrefix(F, ID)).isNotEqualTo(codec.storedPrefix(F, ID));
  }

  @Test
  void anyChangeToTheStoredFormIsRefusedWithoutTheValue() {
    EncryptingPersonalDataCodec codec = codecA();
    String stored = codec.encode(F, ID);
    int payload = stored.lastIndexOf(':') + 1;
    for (int i = payload; i < stored.length(); i += 3) {
      char c = stored.charAt(i);
      String flipped = stored.substring(0, i) + (c == 'A' ? 'B' : 'A') + stored.substring(i + 1);
      assertRefused(codec, F, flipped, "jdbc.personalData.tampered");
    }
    assertRefused(codec, F, stored.substring(0, stored.length() - 4), "jdbc.personalData.tampered");
    // moved to another field, or its hash swapped for another number's
    assertRefused(codec, PersonalDataCodec.PHONE, stored, "jdbc.personalData.tampered");
    String otherHash = codec.storedPrefix(F, "11010519750615123X").orElseThrow();
    assertRefused(codec, F, otherHash + stored.substring(codec.storedPrefix(F, ID).orElseThrow().length()),
        "jdbc.personalData.tampered");
    assertRefused(codec, F, ID, "jdbc.personalData.notEncrypted");
  }

  private static void assertRefused(PersonalDataCodec codec, String field, String stored, String key) {
    assertThatThrownBy(() -> codec.decode(field, stored)).isInstanceOf(StorageException.class)
        .satisfies(e -> assertThat(((StorageException) e).key()).isEqualTo(key))
        .hasMessageContaining(field).hasMessageNotContaining(ID).hasNoCause();
  }

  @Test
  void rotationReadsWithOldKeysAndWritesWithTheNewOne() {
    EncryptingPersonalDataCodec old = codecA();
    String underA = old.encode(F, ID);
    EncryptingPersonalDataCodec rotated = EncryptingPersonalDataCodec.builder().key("a", KEY_A).key("b", KEY_B)
        .encryptWith("b").lookupKey(LOOKUP).build();
    assertThat(rotated.decode(F, underA)).isEqualTo(ID);
    assertThat(rotated.needsReencryption(underA)).isTrue();
    String underB = rotated.encode(F, ID);
    assertThat(underB).contains(":b:");
    assertThat(rotated.needsReencryption(underB)).isFalse();
    assertThat(underB).startsWith(old.storedPrefix(F, ID).orElseThrow()); // look-ups survive rotation
    assertRefused(old, F, underB, "jdbc.personalData.unknownKey");
    // relabelling a value with another key id fails its tag
    assertRefused(rotated, F, underA.replace(":a:", ":b:"), "jdbc.personalData.tampered");
  }

  @Test
  void badKeysAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> EncryptingPersonalDataCodec.builder().key("a", new byte[15]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("personalData.key");
    assertThatThrownBy(() -> EncryptingPersonalDataCodec.builder().key("a b", KEY_A))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> EncryptingPersonalDataCodec.builder().key("a", KEY_A).encryptWith("z").lookupKey(LOOKUP).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("personalData.encryptWith");
    assertThatThrownBy(() -> EncryptingPersonalDataCodec.builder().key("a", KEY_A).encryptWith("a").lookupKey(new byte[16]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("personalData.lookupKey");
    assertThatThrownBy(() -> EncryptingPersonalDataCodec.builder().key("a", KEY_A).encryptWith("a").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("personalData.lookupKey");
  }
}
