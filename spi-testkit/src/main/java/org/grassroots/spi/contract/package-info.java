/**
 * The storage contract suite (存储契约测试): abstract JUnit 5 and jqwik classes that every {@link
 * org.grassroots.spi.StorageProvider} — in-memory, JDBC, or a third party's — must pass.
 *
 * <h2>Running it against an adapter</h2>
 *
 * <p>Add {@code org.grassroots:grassroots-spi-testkit} with test scope (it brings JUnit Jupiter,
 * jqwik and AssertJ), then subclass each contract class in the adapter's test sources and return
 * the adapter from {@code provider()}:
 *
 * <pre>{@code
 * class MyOrganizationStoreTest extends OrganizationStoreContract {
 *   private static final StorageProvider PROVIDER = MyStorage.connect(...);
 *
 *   @Override
 *   protected StorageProvider provider() {
 *     return PROVIDER;
 *   }
 * }
 * }</pre>
 *
 * <p>The classes are {@link org.grassroots.spi.contract.OrganizationStoreContract}, {@link
 * org.grassroots.spi.contract.HierarchyContract}, {@link
 * org.grassroots.spi.contract.MemberStoreContract}, {@link
 * org.grassroots.spi.contract.AllianceStoreContract}, {@link
 * org.grassroots.spi.contract.BatchContract}, {@link org.grassroots.spi.contract.AuditContract},
 * {@link org.grassroots.spi.contract.TenancyContract}, {@link
 * org.grassroots.spi.contract.PagingContract}, {@link
 * org.grassroots.spi.contract.ConcurrencyContract}, {@link
 * org.grassroots.spi.contract.ModelBasedContract} (jqwik), {@link
 * org.grassroots.spi.contract.LifecycleContract}, {@link
 * org.grassroots.spi.contract.RulesetStoreContract}, {@link
 * org.grassroots.spi.contract.MeasurementStoreContract}, {@link
 * org.grassroots.spi.contract.MeasurementModelContract} (jqwik), {@link
 * org.grassroots.spi.contract.StarStoreContract} and {@link
 * org.grassroots.spi.contract.PersonalDataContract}.
 *
 * <p>One provider instance may serve a whole class or the whole run: every test makes up its own
 * random district ids and never assumes an empty store, so a database needs no cleaning between
 * tests. {@code provider()} is called many times and should return the same instance. Knobs:
 * {@code ConcurrencyContract.threads()/updatesPerThread()}, {@code
 * ModelBasedContract.checkEveryStep()} and the property's tries (override the property method with
 * its own {@code @Property(tries = …)}).
 */
package org.grassroots.spi.contract;
