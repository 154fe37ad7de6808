package org.grassroots.spi.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.grassroots.input.Check;
import org.grassroots.spi.StorageException;

/**
 * Personal data encrypted at rest (个人信息加密存储): AES-GCM from the JDK with a random 96-bit IV per
 * value and a 128-bit tag, under keys the host supplies, plus a keyed hash (HMAC-SHA256) of the ID
 * number for look-ups by ID number ({@link JdbcStorageProvider#membersByIdNumber}).
 *
 * <p>Stored form, ASCII: {@code gr1:<hash>:<key id>:<IV and ciphertext, base64url>}, where {@code
 * <hash>} is the hex HMAC-SHA256 of the ID number (empty for every other field: phones and records'
 * personal texts get no hash, so equal values cannot be told apart in the table). The field name
 * and the key id are authenticated with the ciphertext, so a value copied to another column or
 * relabelled with another key id does not decrypt. A value whose bytes were changed is refused with
 * a {@link StorageException} naming the field, never the value.
 *
 * <p><b>Key rotation.</b> Values name the key they were encrypted with, so a codec built with the new
 * key as {@linkplain Builder#encryptWith current} and the old keys {@linkplain Builder#key kept for
 * reading} reads every row and writes new and updated rows under the new key; re-encrypt the rest
 * by reading and updating them, then drop the old key (spi-jdbc/README.md, "Personal data").
 *
 * <pre>{@code
 * PersonalDataCodec codec = EncryptingPersonalDataCodec.builder()
 *     .key("2026a", aesKeyFromYourKms)      // 16, 24 or 32 bytes
 *     .encryptWith("2026a")
 *     .lookupKey(hmacKeyFromYourKms)        // at least 32 bytes; keep it as long as the data
 *     .build();
 * }</pre>
 */
public final class EncryptingPersonalDataCodec implements PersonalDataCodec {
  /** A key id: ASCII letters, digits, {@code _ -}, 1–16 characters. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
  /** The prefix of every stored value of this format. */
  static final String PREFIX = "gr1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKeySpec> keys;
  private final String current;
  private final SecretKeySpec lookupKey;

  private EncryptingPersonalDataCodec(Builder b) {
    this.keys = Map.copyOf(b.keys);
    this.current = b.current;
    this.lookupKey = b.lookupKey;
  }

  /** Starts a codec; it needs at least one key, the key to encrypt with, and the look-up key. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the key new values are encrypted with. */
  public String currentKeyId() {
    return current;
  }

  @Override
  public String encode(String field, String plain) {
    Check.notNull("field", field);
    Check.notNull(field, plain);
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(field, current));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + hash(field, plain) + ":" + current + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new StorageException("jdbc.personalData.cipher", new Object[] {field, e.getClass().getSimpleName()}, null);
    }
  }

  @Override
  public String decode(String field, String stored) {
    Check.notNull("field", field);
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new StorageException("jdbc.personalData.notEncrypted", field);
    }
    String[] parts = stored.split(":", 4);
    if (parts.length != 4) {
      throw new StorageException("jdbc.personalData.tampered", field);
    }
    SecretKeySpec key = keys.get(parts[2]);
    if (key == null) {
      throw new StorageException("jdbc.personalData.unknownKey", field, parts[2].length() <= 16 ? parts[2] : "?");
    }
    try {
      byte[] in = Base64.getUrlDecoder().decode(parts[3]);
      if (in.length < IV_BYTES + TAG_BITS / 8) {
        throw new StorageException("jdbc.personalData.tampered", field);
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(aad(field, parts[2]));
      String plain = new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
      if (!parts[1].equals(hash(field, plain))) {
        throw new StorageException("jdbc.personalData.tampered", field);
      }
      return plain;
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new StorageException("jdbc.personalData.tampered", field);
    } catch (GeneralSecurityException e) {
      throw new StorageException("jdbc.personalData.cipher", new Object[] {field, e.getClass().getSimpleName()}, null);
    }
  }

  /** Every stored form of the ID number {@code plain} starts with {@code gr1:<its keyed hash>:}. */
  @Override
  public Optional<String> storedPrefix(String field, String plain) {
    if (!ID_NUMBER.equals(field)) {
      return Optional.empty();
    }
    return Optional.of(PREFIX + hash(field, plain) + ":");
  }

  /** True when {@code stored} is encrypted with a key other than the current one (to re-encrypt). */
  public boolean needsReencryption(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return true;
    }
    String[] parts = stored.split(":", 4);
    return parts.length != 4 || !parts[2].equals(current);
  }

  private static byte[] aad(String field, String keyId) {
    return (field + "\n" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  /** The hex HMAC-SHA256 of the ID number under the look-up key; empty for other fields. */
  private String hash(String field, String plain) {
    if (!ID_NUMBER.equals(field)) {
      return "";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(lookupKey);
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new StorageException("jdbc.personalData.cipher", new Object[] {field, e.getClass().getSimpleName()}, null);
    }
  }

  /** Keys of an {@link EncryptingPersonalDataCodec}. */
  public static final class Builder {
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private String current;
    private SecretKeySpec lookupKey;

    private Builder() {}

    /** Adds an AES key (16, 24 or 32 bytes) under {@code keyId}; old keys stay for reading. */
    public Builder key(String keyId, byte[] aesKey) {
      Check.matches("personalData.keyId", keyId, KEY_ID, "jdbc.text.keyId");
      Check.notNull("personalData.key", aesKey);
      Check.that(aesKey.length == 16 || aesKey.length == 24 || aesKey.length == 32, "jdbc.personalData.keySize",
          "personalData.key", aesKey.length + " bytes");
      Check.that(!keys.containsKey(keyId), "jdbc.personalData.duplicateKey", "personalData.keyId", keyId);
      keys.put(keyId, new SecretKeySpec(aesKey.clone(), "AES"));
      return this;
    }

    /** The key id new and updated values are encrypted with; must be one of {@link #key}'s. */
    public Builder encryptWith(String keyId) {
      Check.matches("personalData.encryptWith", keyId, KEY_ID, "jdbc.text.keyId");
      this.current = keyId;
      return this;
    }

    /** The HMAC-SHA256 key of the ID numbers' look-up hash, at least 32 bytes. */
    public Builder lookupKey(byte[] hmacKey) {
      Check.notNull("personalData.lookupKey", hmacKey);
      Check.that(hmacKey.length >= 32, "jdbc.personalData.keySize", "personalData.lookupKey", hmacKey.length + " bytes");
      this.lookupKey = new SecretKeySpec(hmacKey.clone(), "HmacSHA256");
      return this;
    }

    public EncryptingPersonalDataCodec build() {
      Check.notNull("personalData.encryptWith", current);
      Check.that(keys.containsKey(current), "jdbc.personalData.unknownCurrent", "personalData.encryptWith", current);
      Check.notNull("personalData.lookupKey", lookupKey);
      return new EncryptingPersonalDataCodec(this);
    }
  }
}
