package org.grassroots.spi.jdbc;

import org.junit.jupiter.api.Nested;

/**
 * What only the JDBC adapter can get wrong, run on every test database by a subclass per database:
 * the closure against {@code parent_id}, binary id order, batches that fail in the middle, stale
 * versions inside a batch under the driver flags in use, schema scripts applied twice and by two
 * applications at once, and concurrent writers. Each test uses a fresh random district. The tests
 * are grouped by concern, one {@link Nested} class each; a subclass adds the tests only its
 * database has. The contract suite of {@code grassroots-spi-testkit} runs in
 * {@link JdbcContractTests}.
 */
abstract class JdbcAdapterTests extends JdbcAdapterSupport {

  @Nested
  class Units extends JdbcUnitTests {
    @Override
    TestDatabases.Kind kind() {
      return JdbcAdapterTests.this.kind();
    }
  }

  @Nested
  class Batches extends JdbcBatchTests {
    @Override
    TestDatabases.Kind kind() {
      return JdbcAdapterTests.this.kind();
    }
  }

  @Nested
  class Members extends JdbcMemberTests {
    @Override
    TestDatabases.Kind kind() {
      return JdbcAdapterTests.this.kind();
    }
  }

  @Nested
  class Schema extends JdbcSchemaTests {
    @Override
    TestDatabases.Kind kind() {
      return JdbcAdapterTests.this.kind();
    }
  }
}
