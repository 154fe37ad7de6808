package org.grassroots.spi.jdbc;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PostgresClosureProperties extends ClosureProperties {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  @Property(tries = 15)
  void theClosureFollowsParentIdWhateverHappens(@ForAll("parents") List<Integer> parents,
      @ForAll("ops") List<Op> ops) {
    run(parents, ops);
  }
}
