package org.grassroots.rules;

import org.grassroots.input.Check;

/**
 * One end of a range (区间端点): a fixed-point value and whether it is included.
 *
 * @param value the end, fixed point ({@link Fixed})
 * @param boundary whether {@code value} itself is inside the range
 */
public record Bound(long value, Boundary boundary) {
  public Bound {
    Check.notNull("bound.boundary", boundary);
  }

  /** {@code ≥ value} as a lower bound, {@code ≤ value} as an upper bound. */
  public static Bound inclusive(long value) {
    return new Bound(value, Boundary.INCLUSIVE);
  }

  /** {@code > value} as a lower bound, {@code < value} as an upper bound. */
  public static Bound exclusive(long value) {
    return new Bound(value, Boundary.EXCLUSIVE);
  }

  /** True when {@code x} is at or above this bound taken as a lower bound. */
  public boolean admitsFromAbove(long x) {
    return boundary == Boundary.INCLUSIVE ? x >= value : x > value;
  }

  /** True when {@code x} is at or below this bound taken as an upper bound. */
  public boolean admitsFromBelow(long x) {
    return boundary == Boundary.INCLUSIVE ? x <= value : x < value;
  }

  @Override
  public String toString() {
    return (boundary == Boundary.INCLUSIVE ? "[" : "(") + Fixed.format(value);
  }
}
