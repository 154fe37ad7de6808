package org.grassroots.spi;

/**
 * The storage facade (存储接口) a host wires in: one small store per aggregate. Each call is atomic
 * inside the adapter and scoped to one district; work on many records is one batch call. No
 * transaction object crosses this interface. Adapters are thread-safe.
 *
 * <p>Every adapter — in-memory, JDBC, or a third party's — is held to the contract suite in
 * {@code grassroots-spi-testkit}.
 */
public interface StorageProvider extends AutoCloseable {
  /** Organisation units, their history and the tree. */
  OrganizationStore organizations();

  /** Party members. */
  MemberStore members();

  /** Alliances (大党工委 / 大党委) with their member units. */
  AllianceStore alliances();

  /** Rulesets, append-only revisions (规则集). */
  RulesetStore rulesets();

  /** Measured values per unit, indicator and period (考核数据). */
  MeasurementStore measurements();

  /** Star books per star scheme (星级台账). */
  StarStore stars();

  /** Program records of every {@link RecordKind}: ledgers, orders, boards, volunteering, … (项目记录). */
  RecordStore records();

  /** The append-only audit trail written by every other store. */
  AuditStore audit();

  /** Releases what the adapter holds (not the host's {@code DataSource}). */
  @Override
  default void close() {}
}
