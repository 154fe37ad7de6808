/**
 * The storage contract suite (存储契约测试): abstract JUnit 5 and jqwik classes that every {@link
 * org.grassroots.spi.StorageProvider} — in-memory, JDBC, or a third party's — must pass.
 *
 * <h2>Running it against an adapter</h2>
 *
 * <p>Add {@code org.grassroots:grassroots-spi-testkit} with test scope (it brings JUnit Jupiter,
 * jqwik and AssertJ), then subclass {@link org.grassroots.spi.contract.StorageProviderContract}
 * once and return the adapter from {@code provider()}:
 *
 * <pre>{@code
 * class MyStorageTest extends StorageProviderContract {
 *   private static final StorageProvider PROVIDER = MyStorage.connect(...);
 *
 *   @Override
 *   protected StorageProvider provider() {
 *     return PROVIDER;
 *   }
 * }
 * }</pre>
 *
 * <p>Every suite of the package runs inside it (JUnit suites as nested classes, jqwik properties
 * as groups); the kit's README has a row per suite, and a test of the kit checks both.
 *
 * <p>One provider instance may serve the whole run: every test makes up its own random district
 * ids and never assumes an empty store, so a database needs no cleaning between tests. {@code
 * provider()} is called many times and should return the same instance. A slow store may run
 * fewer property tries ({@code StorageProviderContract.propertyTries}).
 */
package org.grassroots.spi.contract;
