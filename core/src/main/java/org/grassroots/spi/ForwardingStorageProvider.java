package org.grassroots.spi;

import com.google.common.reflect.Reflection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashMap;
import java.util.Map;
import org.grassroots.input.Check;

/**
 * A storage provider that hands every call to another (转发存储): the base of a host's own provider
 * over an adapter — a bean its framework can subclass, a decorator that replaces one store — without
 * writing each store's getter again. {@link #aroundEveryCall} gives the provider to hand calls to
 * when something should run around each store call (a timer, a transaction of the host's own).
 */
public class ForwardingStorageProvider implements StorageProvider {
  private final StorageProvider delegate;

  public ForwardingStorageProvider(StorageProvider delegate) {
    this.delegate = Check.notNull("delegate", delegate);
  }

  /** What runs around one store call. */
  @FunctionalInterface
  public interface Around {
    /**
     * Makes {@code call} — the store call {@code operation}, e.g. {@code organizations.createAll} —
     * and returns what it returns; what the call throws should be thrown on unchanged.
     */
    Object around(String operation, StoreCall call) throws Exception;
  }

  /** One call of a store, made by {@link #proceed}. */
  @FunctionalInterface
  public interface StoreCall {
    /** Makes the call; what the store throws is thrown unchanged. */
    Object proceed();
  }

  /**
   * {@code adapter} with every call of every store it returns run through {@code around}; the
   * stores are taken from the adapter once, now. Anything else ({@code close}) goes to the adapter
   * as it is.
   */
  public static StorageProvider aroundEveryCall(StorageProvider adapter, Around around) {
    Check.notNull("adapter", adapter);
    Check.notNull("around", around);
    Map<Method, Object> stores = new HashMap<>();
    for (Method getter : StorageProvider.class.getMethods()) {
      if (getter.getParameterCount() == 0 && getter.getReturnType().isInterface()) {
        stores.put(getter, store(getter.getReturnType(), getter.getName(), call(getter, adapter, null), around));
      }
    }
    return Reflection.newProxy(StorageProvider.class,
        (proxy, method, args) -> stores.containsKey(method) ? stores.get(method) : call(method, adapter, args));
  }

  private static <T> T store(Class<T> type, String name, Object store, Around around) {
    return Reflection.newProxy(type, (proxy, method, args) -> method.getDeclaringClass() == Object.class
        ? call(method, store, args)
        : around.around(name + "." + method.getName(), () -> call(method, store, args)));
  }

  /** {@code method} called on {@code target}; what it throws is thrown unchanged. */
  private static Object call(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new UndeclaredThrowableException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The provider every call is handed to. */
  protected StorageProvider delegate() {
    return delegate;
  }

  @Override
  public OrganizationStore organizations() {
    return delegate.organizations();
  }

  @Override
  public MemberStore members() {
    return delegate.members();
  }

  @Override
  public AllianceStore alliances() {
    return delegate.alliances();
  }

  @Override
  public RulesetStore rulesets() {
    return delegate.rulesets();
  }

  @Override
  public MeasurementStore measurements() {
    return delegate.measurements();
  }

  @Override
  public StarStore stars() {
    return delegate.stars();
  }

  @Override
  public RecordStore records() {
    return delegate.records();
  }

  @Override
  public AuditStore audit() {
    return delegate.audit();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
