package org.grassroots.spi;

import java.util.List;
import java.util.Optional;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;

/** Storage of alliances (大党工委 / 大党委) with their member units and convener rotation. */
public interface AllianceStore {
  /**
   * @throws ConflictException id already used in the district
   * @throws NotFoundException the anchor unit does not exist in the district
   */
  Alliance create(Change change, Alliance alliance);

  Optional<Alliance> find(DistrictId district, AllianceId id);

  /** @throws NotFoundException if it does not exist in the district */
  default Alliance get(DistrictId district, AllianceId id) {
    return find(district, id).orElseThrow(() -> new NotFoundException(AuditEntry.ALLIANCE, id.value()));
  }

  /** @throws StaleVersionException if {@code updated.version()} is not current */
  Alliance update(Change change, Alliance updated);

  /** A page of the district's alliances, in id order. */
  Page<Alliance> list(DistrictId district, PageRequest page);

  /** The alliances that widen {@code anchor}. */
  List<Alliance> byAnchor(DistrictId district, org.grassroots.hierarchy.OrgUnitId anchor);
}
