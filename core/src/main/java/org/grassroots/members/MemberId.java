package org.grassroots.members;

import org.grassroots.input.Identifiers;

/** Typed id of a Party member (党员) — 党员标识. Unique within its district. */
public record MemberId(String value) implements Comparable<MemberId> {
  public MemberId {
    Identifiers.check("memberId", value);
  }

  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
