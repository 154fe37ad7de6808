package org.grassroots.spi.jdbc;

/** What the provider does with the schema when it starts (表结构模式). */
public enum SchemaMode {
  /** Create missing tables and indexes with the shipped script (idempotent), then validate. */
  CREATE,
  /** Only check that every table and column the provider uses is there; change nothing. */
  VALIDATE,
  /** Trust the host (its own Flyway or Liquibase run the shipped scripts); check nothing. */
  NONE
}
