package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

/** A driver's exception chain loses every message and keeps SQLState, vendor code and stack traces. */
class DriverFailuresTest {
  private static final String ID = "110105197506151234";
  private static final String PHONE = "13912348765";

  private static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** What pgjdbc throws for a refused batch: the statement with its values, the server's detail next. */
  private static BatchUpdateException pgjdbcLike() {
    BatchUpdateException e = new BatchUpdateException("Batch entry 0 INSERT INTO gr_member VALUES ('d', 'm1', '"
        + ID + "', '" + PHONE + "') was aborted", "23514", 0, new int[] {-3});
    SQLException next = new SQLException("ERROR: new row violates check constraint. Detail: Failing row contains (d, m1, "
        + ID + ", " + PHONE + ")", "23514", 0, new IOException("socket said " + PHONE));
    e.setNextException(next);
    e.addSuppressed(new SQLException("replayed row " + ID, "23514", 7));
    return e;
  }

  @Test
  void theCopyKeepsStateCodeClassAndStackButNoValue() {
    BatchUpdateException original = pgjdbcLike();
    SQLException clean = DriverFailures.sanitized(original);
    String text = printed(clean);
    assertThat(printed(original)).contains(ID).contains(PHONE);
    assertThat(text).doesNotContain(ID).doesNotContain(PHONE).doesNotContain("Failing row")
        .contains("23514").contains(BatchUpdateException.class.getName());
    assertThat(clean.getSQLState()).isEqualTo("23514");
    assertThat(clean.getErrorCode()).isZero();
    assertThat(clean.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(clean.getNextException().getSQLState()).isEqualTo("23514");
    Throwable nextCause = clean.getNextException().getCause();
    assertThat(((DriverFailures.Sanitized) nextCause).driverClass()).isEqualTo(IOException.class.getName());
    assertThat(nextCause.getMessage()).doesNotContain(PHONE);
    assertThat(clean.getNextException().getMessage()).doesNotContain(ID).doesNotContain("Failing row");
    assertThat(clean.getSuppressed()).hasSize(1);
    assertThat(((SQLException) clean.getSuppressed()[0]).getErrorCode()).isEqualTo(7);
    assertThat((Object) DriverFailures.sanitized(clean)).isSameAs(clean);
  }

  @Test
  void aChainThatLoopsEnds() {
    SQLException a = new SQLException("a " + ID, "40001", 1);
    SQLException b = new SQLException("b " + PHONE, "40001", 2);
    a.setNextException(b);
    b.setNextException(a);
    SQLException clean = DriverFailures.sanitized(a);
    assertThat(printed(clean)).doesNotContain(ID).doesNotContain(PHONE);
    assertThat(clean.getNextException().getErrorCode()).isEqualTo(2);
  }

  @Test
  void translatedFailuresCarryOnlyTheCleanCopy() {
    Db db = new Db(new org.h2.jdbcx.JdbcDataSource(), Dialect.POSTGRESQL, Tables.withPrefix("gr_"), 10); // never connected
    StorageException conflict = db.translate("members.createAll", new SQLException("dup " + ID, "23505", 0));
    assertThat(conflict).isInstanceOf(ConflictException.class);
    StorageException failure = db.translate("members.createAll", new Batches.IndexedSQLException(3, pgjdbcLike()));
    for (StorageException e : new StorageException[] {conflict, failure}) {
      assertThat(printed(e)).doesNotContain(ID).doesNotContain(PHONE).contains("SQLState");
      assertThat(e.getCause()).isInstanceOf(DriverFailures.Sanitized.class);
    }
    assertThat(((SQLException) failure.getCause()).getSQLState()).isEqualTo("23514");
  }
}
