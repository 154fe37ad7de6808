package org.grassroots.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.spi.jdbc.SchemaMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code grassroots.*} properties (配置项) of the Spring Boot starter. Every one has a default
 * except the personal-data codec, which a host with a {@code DataSource} must choose.
 */
@ConfigurationProperties("grassroots")
public class GrassrootsProperties {
  /** Prefix of every table of the JDBC storage: a lower-case letter, then lower-case letters, digits or underscores, at most 24 characters (may be empty). */
  private String tablePrefix = "gr_";

  /**
   * What the JDBC storage does with its tables at start-up: create (the missing ones, idempotent,
   * then validate), validate (change nothing; the host's Flyway or Liquibase made them) or none.
   */
  private SchemaMode schemaMode = SchemaMode.CREATE;

  /**
   * Ruleset files (YAML or JSON) loaded and validated at start-up: Spring resource locations, with
   * patterns, e.g. {@code classpath:rulesets/*.ruleset.yaml}. A bad file stops the start-up with
   * its file:line errors in English and Chinese.
   */
  private List<String> rulesets = new ArrayList<>();

  /**
   * Program files (star schemes, community types; YAML or JSON) loaded, their {@code extends} chain
   * and criteria ruleset followed, and validated at start-up: Spring resource locations, with
   * patterns, e.g. {@code classpath:programs/*.program.yaml}. A bad file stops the start-up with its
   * file:line errors in English and Chinese.
   */
  private List<String> programs = new ArrayList<>();

  private final PersonalData personalData = new PersonalData();

  private final Flyway flyway = new Flyway();

  public String getTablePrefix() {
    return tablePrefix;
  }

  public void setTablePrefix(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  public SchemaMode getSchemaMode() {
    return schemaMode;
  }

  public void setSchemaMode(SchemaMode schemaMode) {
    this.schemaMode = schemaMode;
  }

  public List<String> getRulesets() {
    return rulesets;
  }

  public void setRulesets(List<String> rulesets) {
    this.rulesets = rulesets;
  }

  public List<String> getPrograms() {
    return programs;
  }

  public void setPrograms(List<String> programs) {
    this.programs = programs;
  }

  public PersonalData getPersonalData() {
    return personalData;
  }

  public Flyway getFlyway() {
    return flyway;
  }

  /** How members' ID numbers, phones and records' personal fields are stored by the JDBC storage. */
  public static class PersonalData {
    /**
     * plain (as given) or encrypting (AES-GCM with the keys below). Required with a DataSource: the
     * library never picks a default for personal data at rest.
     */
    private Codec codec;

    /** AES keys by key id (base64 of 16, 24 or 32 bytes); old ones stay for reading. */
    private Map<String, String> keys = new LinkedHashMap<>();

    /** The key id new and updated values are encrypted with. */
    private String encryptWith;

    /** The HMAC key of the ID numbers' look-up hash (base64 of at least 32 bytes). */
    private String lookupKey;

    public Codec getCodec() {
      return codec;
    }

    public void setCodec(Codec codec) {
      this.codec = codec;
    }

    public Map<String, String> getKeys() {
      return keys;
    }

    public void setKeys(Map<String, String> keys) {
      this.keys = keys;
    }

    public String getEncryptWith() {
      return encryptWith;
    }

    public void setEncryptWith(String encryptWith) {
      this.encryptWith = encryptWith;
    }

    public String getLookupKey() {
      return lookupKey;
    }

    public void setLookupKey(String lookupKey) {
      this.lookupKey = lookupKey;
    }

    @Override
    public String toString() {
      return "PersonalData[codec=" + codec + ", keys=" + keys.keySet() + ", encryptWith=" + encryptWith + "]";
    }
  }

  /** The codec of personal data at rest. */
  public enum Codec {
    /** Stored as given. */
    PLAIN,
    /** Encrypted with AES-GCM, ID numbers found by a keyed hash. */
    ENCRYPTING
  }

  /** The library's schema as a migration of the host's own Flyway. */
  public static class Flyway {
    /**
     * Adds the library's schema script (of the detected database, with the table prefix) to the
     * host's Flyway as the repeatable migration "grassroots schema": it runs after the host's
     * versioned migrations and never clashes with their versions. Use with schema-mode validate.
     */
    private boolean enabled;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
