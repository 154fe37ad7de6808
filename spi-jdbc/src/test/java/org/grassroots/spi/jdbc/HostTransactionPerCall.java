package org.grassroots.spi.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.grassroots.spi.StorageProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A storage provider as a Spring host uses one that joins its transactions: every call of a store
 * runs inside a host transaction ({@link TransactionTemplate}), which commits when the call
 * returns and rolls back when it throws. The contract suite runs the joining adapter through it.
 */
final class HostTransactionPerCall {
  private HostTransactionPerCall() {}

  static StorageProvider wrap(StorageProvider joining, TransactionTemplate host) {
    return (StorageProvider) Proxy.newProxyInstance(HostTransactionPerCall.class.getClassLoader(),
        new Class<?>[] {StorageProvider.class}, (proxy, method, args) -> {
          Object result = invoke(joining, method, args);
          if (method.getDeclaringClass() != Object.class && method.getReturnType().isInterface()) {
            return store(method.getReturnType(), result, host);
          }
          return result;
        });
  }

  private static Object store(Class<?> type, Object store, TransactionTemplate host) {
    return Proxy.newProxyInstance(HostTransactionPerCall.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> method.getDeclaringClass() == Object.class
            ? invoke(store, method, args)
            : host.execute(status -> invoke(store, method, args)));
  }

  private static Object invoke(Object target, Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
