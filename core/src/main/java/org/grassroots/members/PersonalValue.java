package org.grassroots.members;

import org.grassroots.input.Masking;

/**
 * A piece of personal data (个人敏感信息) such as an ID number or a phone: it keeps its value but
 * shows only a masked form in {@link #toString()}, messages, logs, exports and audit records.
 * {@link #reveal()} is the one way to the whole value, for storing it in the form the integrator
 * chooses.
 */
public abstract sealed class PersonalValue permits IdNumber, PhoneNumber {
  private final String value;
  private final int visibleHead;
  private final int visibleTail;

  PersonalValue(String value, int visibleHead, int visibleTail) {
    this.value = value;
    this.visibleHead = visibleHead;
    this.visibleTail = visibleTail;
  }

  /** The whole value, unmasked: only for storing it in the form the integrator chooses. */
  public final String reveal() {
    return value;
  }

  /** The masked form shown everywhere else. */
  public final String masked() {
    return Masking.mask(value, visibleHead, visibleTail);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((PersonalValue) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return masked();
  }
}
