package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
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
 * The embedded default storage (内存存储): everything held in the JVM heap, nothing persisted.
 *
 * <p>Each district's data sits behind its own monitor, so calls for different districts never wait
 * for each other, and every call — including a batch, a merge and the audit entries it writes — is
 * one atomic step for its district. A call validates everything before it changes anything, so a
 * refused call leaves no trace. Held to the same contract suite as the JDBC adapter.
 */
public final class InMemoryStorageProvider implements StorageProvider {
  private final ConcurrentMap<DistrictId, DistrictData> districts = new ConcurrentHashMap<>();
  private final InMemoryOrganizationStore organizations = new InMemoryOrganizationStore(this);
  private final InMemoryMemberStore members = new InMemoryMemberStore(this);
  private final InMemoryAllianceStore alliances = new InMemoryAllianceStore(this);
  private final InMemoryAuditStore audit = new InMemoryAuditStore(this);
  private final InMemoryRulesetStore rulesets = new InMemoryRulesetStore(this);
  private final InMemoryMeasurementStore measurements = new InMemoryMeasurementStore(this);
  private final InMemoryStarStore stars = new InMemoryStarStore(this);
  private final InMemoryRecordStore records = new InMemoryRecordStore(this);

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

  /**
   * What {@code call} returns, run on the data of {@code district} under its monitor: one atomic
   * step for the district (a call validates everything before it changes anything). The data is
   * created empty on first use.
   */
  <T> T write(DistrictId district, Function<DistrictData, T> call) {
    Check.notNull("district", district);
    DistrictData d = districts.computeIfAbsent(district, DistrictData::new);
    synchronized (d) {
      return call.apply(d);
    }
  }

  /**
   * What {@code call} returns for the batch {@code items} (the argument {@code field}), run as {@link
   * #write(DistrictId, Function)} does on the district of the first item, which it is given: the list
   * and each item must be present, and an empty batch is an empty result. The call refuses an item of
   * another district.
   */
  <T, R> List<R> writeBatch(String field, List<T> items, Function<T, DistrictId> districtOf,
      BiFunction<DistrictData, DistrictId, List<R>> call) {
    Check.notNull(field, items);
    if (items.isEmpty()) {
      return ImmutableList.of();
    }
    for (int i = 0; i < items.size(); i++) {
      Check.notNull(field + "[" + i + "]", items.get(i));
    }
    DistrictId district = districtOf.apply(items.get(0));
    return write(district, (DistrictData d) -> call.apply(d, district));
  }

  /** Runs {@code call} on the data of {@code district} as {@link #write(DistrictId, Function)} does. */
  void write(DistrictId district, Consumer<DistrictData> call) {
    write(district, d -> {
      call.accept(d);
      return null;
    });
  }

  /**
   * What {@code call} reads from the data of {@code district} under its monitor. A district never
   * written to reads as a fresh empty instance that is not kept, so reads of unknown districts leave
   * nothing behind.
   */
  <T> T read(DistrictId district, Function<DistrictData, T> call) {
    Check.notNull("district", district);
    DistrictData d = districts.get(district);
    if (d == null) {
      d = new DistrictData(district);
    }
    synchronized (d) {
      return call.apply(d);
    }
  }
}
