package org.grassroots.volunteering;

import org.grassroots.input.Identifiers;

/** Typed id of a volunteer team (志愿服务队标识); unique within its district. */
public record TeamId(String value) implements Comparable<TeamId> {
  public TeamId {
    Identifiers.check("teamId", value);
  }

  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
