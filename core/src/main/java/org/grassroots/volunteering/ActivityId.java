package org.grassroots.volunteering;

import org.grassroots.input.Identifiers;

/** Typed id of a activity (活动标识); unique within its district. */
public record ActivityId(String value) implements Comparable<ActivityId> {
  public ActivityId {
    Identifiers.check("activityId", value);
  }

  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public int compareTo(ActivityId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
