package org.grassroots.spring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.grassroots.spi.AllianceStore;
import org.grassroots.spi.AuditStore;
import org.grassroots.spi.MeasurementStore;
import org.grassroots.spi.MemberStore;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.RulesetStore;
import org.grassroots.spi.StarStore;
import org.grassroots.spi.StorageProvider;

/**
 * The storage bean of the starter (存储): the configured adapter — JDBC joining Spring's
 * transactions, or in-memory — with every store call timed as {@code grassroots.storage.calls}
 * when Micrometer is present. A plain, non-final class, so Spring can proxy it; {@link #adapter()}
 * gives the adapter itself for its own calls (e.g. {@code JdbcStorageProvider.verifyClosure}).
 */
public class GrassrootsStorage implements StorageProvider {
  /** The timer of every store call. */
  public static final String METRIC = "grassroots.storage.calls";

  private final StorageProvider adapter;
  private final OrganizationStore organizations;
  private final MemberStore members;
  private final AllianceStore alliances;
  private final RulesetStore rulesets;
  private final MeasurementStore measurements;
  private final StarStore stars;
  private final RecordStore records;
  private final AuditStore audit;

  public GrassrootsStorage(StorageProvider adapter, CallTimer timer) {
    this.adapter = adapter;
    this.organizations = timed(OrganizationStore.class, "organizations", adapter.organizations(), timer);
    this.members = timed(MemberStore.class, "members", adapter.members(), timer);
    this.alliances = timed(AllianceStore.class, "alliances", adapter.alliances(), timer);
    this.rulesets = timed(RulesetStore.class, "rulesets", adapter.rulesets(), timer);
    this.measurements = timed(MeasurementStore.class, "measurements", adapter.measurements(), timer);
    this.stars = timed(StarStore.class, "stars", adapter.stars(), timer);
    this.records = timed(RecordStore.class, "records", adapter.records(), timer);
    this.audit = timed(AuditStore.class, "audit", adapter.audit(), timer);
  }

  /** The adapter behind the bean: a {@code JdbcStorageProvider} or an {@code InMemoryStorageProvider}. */
  public StorageProvider adapter() {
    return adapter;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public MemberStore members() {
    return members;
  }

  @Override
  public AllianceStore alliances() {
    return alliances;
  }

  @Override
  public RulesetStore rulesets() {
    return rulesets;
  }

  @Override
  public MeasurementStore measurements() {
    return measurements;
  }

  @Override
  public StarStore stars() {
    return stars;
  }

  @Override
  public RecordStore records() {
    return records;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  @Override
  public void close() {
    adapter.close();
  }

  /** {@code target} with each interface call timed as {@code store.method}; the target itself with no timer. */
  static <T> T timed(Class<T> type, String store, T target, CallTimer timer) {
    if (timer == CallTimer.NONE) {
      return target;
    }
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(target, args);
      }
      return timer.time(METRIC, store + "." + method.getName(), () -> invoke(method, target, args));
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception x) {
        throw x;
      }
      throw (Error) cause;
    }
  }
}
