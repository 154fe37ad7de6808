package org.grassroots.spi.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands the library a connection that records every call that would end or change the caller's
 * transaction: {@code commit()}, a whole {@code rollback()} (rolling back to a savepoint is the
 * library's own business), {@code close()}, {@code setAutoCommit}, {@code setTransactionIsolation}.
 */
final class CommitRecorder {
  private final List<String> transactionCalls = new CopyOnWriteArrayList<>();

  /** The calls that ended or changed the caller's transaction, in order (empty when none). */
  List<String> transactionCalls() {
    return List.copyOf(transactionCalls);
  }

  Connection wrap(Connection target) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      boolean wholeRollback = name.equals("rollback") && (args == null || args.length == 0);
      if (name.equals("commit") || wholeRollback || name.equals("close")
          || name.equals("setAutoCommit") || name.equals("setTransactionIsolation")) {
        transactionCalls.add(name);
      }
      if (name.equals("unwrapRecorded")) {
        return target;
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(
        CommitRecorder.class.getClassLoader(), new Class<?>[] {Connection.class, Recorded.class}, handler);
  }

  /** The connection under a recorded one. */
  static Connection target(Connection c) {
    return c instanceof Recorded r ? r.unwrapRecorded() : c;
  }

  /** Marks a recorded connection. */
  interface Recorded {
    Connection unwrapRecorded();
  }
}
