package org.grassroots.spi.jdbc;

import java.util.Optional;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * The whole contract on an integrator's own server named by {@code GRASSROOTS_JDBC_URL} (see
 * {@link EnvironmentJdbcAdapterTest}); every suite is skipped when the URL is not set.
 */
class EnvironmentContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.ENVIRONMENT;
  }

  @Override
  boolean joined() {
    return false;
  }

  @Override
  protected Optional<String> unavailable() {
    return TestDatabases.environmentConfigured() ? Optional.empty() : Optional.of(
        "skipped: set GRASSROOTS_JDBC_URL (and GRASSROOTS_JDBC_USER, GRASSROOTS_JDBC_PASSWORD) to run"
            + " the contract against your own database server");
  }

  @Override
  protected StorageProvider provider() {
    unavailable().ifPresent(Assumptions::abort);
    return super.provider();
  }
}
