package org.grassroots.storage.inmemory;

import static org.grassroots.audit.AuditEntry.ALLIANCE;
import static org.grassroots.audit.AuditEntry.ORG_UNIT;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.spi.AllianceStore;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;

/** Alliances (大党工委 / 大党委) in memory. */
final class InMemoryAllianceStore implements AllianceStore {
  private final InMemoryStorageProvider provider;

  InMemoryAllianceStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public Alliance create(Change change, Alliance alliance) {
    Check.notNull("change", change);
    Check.notNull("alliance", alliance);
    return provider.write(alliance.district(), d -> {
      if (d.alliances.containsKey(alliance.id())) {
        throw new ConflictException("storage.duplicateId", ALLIANCE, alliance.id().value());
      }
      checkAnchor(d, alliance.anchor());
      Alliance stored = alliance.withVersion(1);
      d.alliances.put(stored.id(), stored);
      d.audit(ALLIANCE, stored.id().value(), "create", change, null, stored);
      return stored;
    });
  }

  private static void checkAnchor(DistrictData d, OrgUnitId anchor) {
    if (d.currentUnit(anchor) == null) {
      throw new NotFoundException(ORG_UNIT, anchor.value());
    }
  }

  @Override
  public Optional<Alliance> find(DistrictId district, AllianceId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> Optional.ofNullable(d.alliances.get(id)));
  }

  @Override
  public Alliance update(Change change, Alliance updated) {
    Check.notNull("change", change);
    Check.notNull("updated", updated);
    return provider.write(updated.district(), d -> {
      Alliance cur = DistrictData.current(d.alliances.get(updated.id()), Alliance::version, updated.version(),
          ALLIANCE, updated.id().value());
      checkAnchor(d, updated.anchor());
      Alliance stored = updated.withVersion(cur.version() + 1);
      d.alliances.put(stored.id(), stored);
      d.audit(ALLIANCE, stored.id().value(), "update", change, cur, stored);
      return stored;
    });
  }

  @Override
  public Page<Alliance> list(DistrictId district, PageRequest page) {
    Check.notNull("page", page);
    return provider.read(district, d -> DistrictData.page(d.alliances.values(), page));
  }

  @Override
  public List<Alliance> byAnchor(DistrictId district, OrgUnitId anchor) {
    Check.notNull("anchor", anchor);
    return provider.read(district, d -> {
      // alliances are few per district (a street's and its communities'): a scan is enough
      return d.alliances.values().stream()
          .filter(a -> a.anchor().equals(anchor))
          .collect(ImmutableList.toImmutableList());
    });
  }
}
