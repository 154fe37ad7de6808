package org.grassroots.spi.contract;

import net.jqwik.api.Group;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.grassroots.spi.StorageProvider;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.opentest4j.TestAbortedException;

/**
 * The whole storage contract (存储契约) in one class: an adapter's test subclasses it once and
 * says how to reach the adapter; every suite of the kit runs against it, the JUnit suites as
 * {@link Nested} classes and the jqwik properties as {@link Group}s (JUnit Jupiter and jqwik both
 * find them in the one class).
 *
 * <pre>{@code
 * class MyStorageTest extends StorageProviderContract {
 *   private static final StorageProvider PROVIDER = MyStorage.connect(dataSource());
 *
 *   @Override
 *   protected StorageProvider provider() {
 *     return PROVIDER;
 *   }
 * }
 * }</pre>
 *
 * <p>Every test works in districts it makes up, so one provider may serve the whole run. A slow
 * store may run fewer tries of the properties ({@link #propertyTries}).
 */
public abstract class StorageProviderContract {
  /** The adapter under test; may return the same instance every time. */
  protected abstract StorageProvider provider();

  /**
   * How many tries a property of the kit runs, given the number it declares (default: as declared).
   * A database server may return fewer.
   */
  protected int propertyTries(int declared) {
    return declared;
  }

  /**
   * Why the adapter cannot be reached in this run (say, no server configured), or empty when it
   * can (the default). When present, every suite is skipped with this reason instead of failing;
   * {@link #provider()} should then throw {@link TestAbortedException} (a property group makes one
   * try before it reports itself aborted).
   */
  protected Optional<String> unavailable() {
    return Optional.empty();
  }

  @BeforeEach
  void skipWhenUnavailable() {
    unavailable().ifPresent(reason -> Assumptions.abort(reason));
  }

  /** Lets the subclass (the outermost test instance) scale the tries of the kit's properties, or skip them. */
  static final class ScaledTries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      StorageProviderContract contract = context.testInstances().stream()
          .filter(StorageProviderContract.class::isInstance).map(StorageProviderContract.class::cast)
          .findFirst().orElse(null);
      if (contract == null) {
        return property.execute();
      }
      Optional<String> unavailable = contract.unavailable();
      if (unavailable.isPresent()) {
        // jqwik cannot skip from here: one try (which finds the adapter unavailable), reported as aborted.
        context.attributes().setTries(1);
        return property.execute().mapToAborted(new TestAbortedException(unavailable.get()));
      }
      context.attributes().tries()
          .ifPresent(n -> context.attributes().setTries(Math.max(1, contract.propertyTries(n))));
      return property.execute();
    }
  }

  @Nested
  class OrganizationStore extends OrganizationStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Hierarchy extends HierarchyContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class MemberStore extends MemberStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class AllianceStore extends AllianceStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Batch extends BatchContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Audit extends AuditContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Tenancy extends TenancyContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Paging extends PagingContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class Lifecycle extends LifecycleContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class RulesetStore extends RulesetStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class MeasurementStore extends MeasurementStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class StarStore extends StarStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class RecordStore extends RecordStoreContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Nested
  class PersonalData extends PersonalDataContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Group
  @AddLifecycleHook(value = ScaledTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
  class ModelBased extends ModelBasedContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Group
  @AddLifecycleHook(value = ScaledTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
  class MeasurementModel extends MeasurementModelContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  @Group
  @AddLifecycleHook(value = ScaledTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
  class RecordModel extends RecordModelContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }
}
