package org.grassroots.spi.jdbc;

import java.util.Optional;

/**
 * The form in which members' personal data — ID number (身份证号) and phone — is kept in the
 * database (个人信息存储形式), chosen by the integrator: as given ({@link #PLAIN}), or encrypted or
 * tokenised by their own key management. The provider calls {@link #encode} before every write and
 * {@link #decode} after every read; stored values may be up to 512 characters.
 *
 * <p>The personal fields of program records ({@link org.grassroots.spi.RecordKind#personalFields}:
 * a ledger entry's subject, a service order's request, a volunteer team's roster) go through the
 * same codec, with the field name {@code kind.field} (e.g. {@code ledger-entry.subject}); they are
 * kept inside the record's JSON text, so their stored form has no length limit of its own.
 *
 * <p>The host names its choice when it builds the provider ({@link
 * JdbcStorageProvider.Builder#personalData}): {@link #PLAIN} (stored as given, which must be chosen
 * explicitly), {@link EncryptingPersonalDataCodec} (AES-GCM with a keyed hash for look-ups by ID
 * number), or its own.
 */
public interface PersonalDataCodec {
  /** Field name passed for the ID number. */
  String ID_NUMBER = "member.idNumber";
  /** Field name passed for the phone. */
  String PHONE = "member.phone";

  /** Stores the values as given. */
  PersonalDataCodec PLAIN = new PersonalDataCodec() {
    @Override
    public String encode(String field, String plain) {
      return plain;
    }

    @Override
    public String decode(String field, String stored) {
      return stored;
    }

    @Override
    public Optional<String> storedPrefix(String field, String plain) {
      return Optional.of(plain);
    }
  };

  /** The stored form of {@code plain} ({@link #ID_NUMBER}, {@link #PHONE} or a record's {@code kind.field}). */
  String encode(String field, String plain);

  /** The plain value of {@code stored}, as {@link #encode} wrote it. */
  String decode(String field, String stored);

  /**
   * A text every stored form of {@code plain} starts with and no stored form of another value does,
   * for look-ups by value (by ID number: {@link JdbcStorageProvider#membersByIdNumber}); empty when
   * the codec cannot be searched (the default).
   */
  default Optional<String> storedPrefix(String field, String plain) {
    return Optional.empty();
  }
}
