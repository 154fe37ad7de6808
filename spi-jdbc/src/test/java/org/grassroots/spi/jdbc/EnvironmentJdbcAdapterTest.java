package org.grassroots.spi.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;

/**
 * The same tests on an integrator's own server (openGauss, KingbaseES, OceanBase, TiDB, MySQL 8, …),
 * named by {@code GRASSROOTS_JDBC_URL}, {@code GRASSROOTS_JDBC_USER} and
 * {@code GRASSROOTS_JDBC_PASSWORD}; skipped when the URL is not set. See spi-jdbc/README.md.
 */
class EnvironmentJdbcAdapterTest extends JdbcAdapterTests {
  @BeforeEach
  void requireServer() {
    assumeTrue(TestDatabases.environmentConfigured(),
        "skipped: set GRASSROOTS_JDBC_URL (and GRASSROOTS_JDBC_USER, GRASSROOTS_JDBC_PASSWORD) to run"
            + " the JDBC tests against your own database server");
  }

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.ENVIRONMENT;
  }
}
