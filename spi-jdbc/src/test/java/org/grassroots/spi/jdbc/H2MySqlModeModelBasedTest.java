package org.grassroots.spi.jdbc;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.ModelBasedContract;

/** The contract suite's model-based property (a jqwik class, so not nested) on H2_MYSQL_MODE. */
class H2MySqlModeModelBasedTest extends ModelBasedContract {
  @Override
  protected StorageProvider provider() {
    return TestDatabases.provider(TestDatabases.Kind.H2_MYSQL_MODE);
  }
}
