package org.grassroots.spring;

import java.util.Base64;
import java.util.Map;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.jdbc.EncryptingPersonalDataCodec;
import org.grassroots.spi.jdbc.PersonalDataCodec;

/** The personal-data codec of {@code grassroots.personal-data.*} (个人信息存储方式). */
final class PersonalDataCodecs {
  private static final String PREFIX = "grassroots.personal-data.";

  private PersonalDataCodecs() {}

  /**
   * The codec the properties choose.
   *
   * @throws InvalidInputException naming the property when the codec is not chosen or a key is
   *     missing or not base64 (never showing a key)
   */
  static PersonalDataCodec of(GrassrootsProperties.PersonalData p) {
    if (p.getCodec() == null) {
      throw new InvalidInputException("boot.personalDataCodec", PREFIX + "codec", null);
    }
    return switch (p.getCodec()) {
      case PLAIN -> PersonalDataCodec.PLAIN;
      case ENCRYPTING -> {
        EncryptingPersonalDataCodec.Builder b = EncryptingPersonalDataCodec.builder();
        for (Map.Entry<String, String> k : p.getKeys().entrySet()) {
          b.key(k.getKey(), decode(PREFIX + "keys." + k.getKey(), k.getValue()));
        }
        if (p.getEncryptWith() != null) {
          b.encryptWith(p.getEncryptWith());
        }
        if (p.getLookupKey() != null) {
          b.lookupKey(decode(PREFIX + "lookup-key", p.getLookupKey()));
        }
        yield b.build();
      }
    };
  }

  private static byte[] decode(String property, String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("boot.personalDataKey", property, "***");
    }
  }
}
