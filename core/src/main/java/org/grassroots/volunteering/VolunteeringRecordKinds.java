package org.grassroots.volunteering;

import com.google.common.collect.ImmutableSet;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (志愿服务记录种类): volunteer teams and activities, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class VolunteeringRecordKinds {
  private VolunteeringRecordKinds() {}

  /** A volunteer team (志愿服务队); owner: the unit; the volunteers' person ids are personal. */
  public static final RecordKind<VolunteerTeam> VOLUNTEER_TEAM = RecordKind.builder("volunteer-team", VolunteerTeam.class)
      .id(VolunteerTeam::id).owner("unit", VolunteerTeam::unit)
      .codec(t -> RecordFields.writer()
              .put("id", t.id()).put("name", t.name()).put("unit", t.unit()).put("formed", t.formed())
              .list("volunteers", t.volunteers()).build(),
          f -> new VolunteerTeam(f.get("id", TeamId::of), f.text("name"), f.get("unit", OrgUnitId::of),
              f.date("formed"), ImmutableSet.copyOf(f.list("volunteers", v -> v))))
      .personal("volunteers")
      .build();

  /** An activity (活动); owner: the unit that held it. */
  public static final RecordKind<Activity> ACTIVITY = RecordKind.builder("activity", Activity.class)
      .id(Activity::id).owner("unit", Activity::unit)
      .codec(a -> RecordFields.writer()
              .put("id", a.id()).put("unit", a.unit()).put("team", a.team()).put("series", a.series())
              .put("title", a.title()).put("on", a.on()).put("participants", a.participants()).build(),
          f -> new Activity(f.get("id", ActivityId::of), f.get("unit", OrgUnitId::of),
              f.getOptional("team", TeamId::of), f.optional("series"), f.text("title"), f.date("on"),
              f.integer("participants")))
      .build();

}
