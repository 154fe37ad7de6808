package org.grassroots.positions;

import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (服务阵地记录种类): service positions, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class PositionRecordKinds {
  private PositionRecordKinds() {}

  /** A service position (党群服务阵地) with its level; owner: the host unit. */
  public static final RecordKind<ServicePosition> SERVICE_POSITION =
      RecordKind.builder("service-position", ServicePosition.class)
          .id(ServicePosition::id).owner("unit", ServicePosition::host)
          .codec(p -> RecordFields.writer()
                  .put("id", p.id()).put("name", p.name()).put("level", p.level().code())
                  .put("levelZh", p.level().nameZh()).put("levelEn", p.level().nameEn())
                  .put("levelHost", p.level().host().code()).put("host", p.host()).put("opened", p.opened())
                  .put("closed", p.closed()).build(),
              f -> new ServicePosition(f.get("id", PositionId::of), f.text("name"),
                  new PositionLevel(f.text("level"), f.text("levelZh"), f.text("levelEn"),
                      f.get("levelHost", OrgKind::of)),
                  f.get("host", OrgUnitId::of), f.date("opened"), f.optionalDate("closed")))
          .build();

}
