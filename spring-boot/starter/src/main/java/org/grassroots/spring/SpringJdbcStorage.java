package org.grassroots.spring;

import javax.sql.DataSource;
import org.grassroots.spi.jdbc.JdbcStorageProvider;

/** The JDBC storage of the starter, joining Spring-managed transactions (loaded only with spring-jdbc present). */
final class SpringJdbcStorage {
  private SpringJdbcStorage() {}

  static JdbcStorageProvider build(DataSource dataSource, GrassrootsProperties properties) {
    return JdbcStorageProvider.builder(dataSource)
        .tablePrefix(properties.getTablePrefix())
        .schemaMode(properties.getSchemaMode())
        .personalData(PersonalDataCodecs.of(properties.getPersonalData()))
        .connections(new SpringTransactionConnections(dataSource))
        .build();
  }
}
