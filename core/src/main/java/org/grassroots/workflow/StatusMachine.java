package org.grassroots.workflow;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Set;
import org.grassroots.input.Check;

/**
 * The allowed status transitions (状态流转) of a workflow, as data: a ledger entry, a service order
 * or a recruitment task each declare theirs once and every change goes through {@link #check}, so an
 * illegal transition is refused with the same bilingual error everywhere.
 *
 * @param <S> the status type
 */
public final class StatusMachine<S extends Enum<S>> {
  private final String name;
  private final ImmutableSetMultimap<S, S> allowed;

  private StatusMachine(String name, ImmutableSetMultimap<S, S> allowed) {
    this.name = name;
    this.allowed = allowed;
  }

  /** Starts a machine named {@code name} (used in error messages, e.g. {@code "serviceOrder"}). */
  public static <S extends Enum<S>> Builder<S> named(String name) {
    return new Builder<>(Check.notBlank("statusMachine.name", name));
  }

  /** True when {@code from → to} is declared. */
  public boolean allows(S from, S to) {
    return allowed.containsEntry(from, to);
  }

  /** The statuses reachable from {@code from} in one step (empty for a final status). */
  public Set<S> next(S from) {
    return allowed.get(from);
  }

  /** True when no transition leaves {@code status}. */
  public boolean isFinal(S status) {
    return !allowed.containsKey(status);
  }

  /**
   * Refuses {@code from → to} unless declared.
   *
   * @param field the field named in the error, e.g. {@code "serviceOrder.status"}
   * @throws org.grassroots.input.InvalidInputException key {@code programs.illegalTransition}
   */
  public void check(String field, S from, S to) {
    Check.notNull(field, to);
    Check.notNull(field + ".from", from);
    Check.that(
        allows(from, to), "workflow.illegalTransition", field, from + " → " + to, name,
        next(from).isEmpty() ? "-" : next(from).toString());
  }

  @Override
  public String toString() {
    return name + allowed;
  }

  /** Declares transitions one by one. */
  public static final class Builder<S extends Enum<S>> {
    private final String name;
    private final ImmutableSetMultimap.Builder<S, S> allowed = ImmutableSetMultimap.builder();

    private Builder(String name) {
      this.name = name;
    }

    /** Allows {@code from → each of to}. */
    @SafeVarargs
    public final Builder<S> allow(S from, S... to) {
      Check.notNull("from", from);
      for (S t : to) {
        Check.notNull("to", t);
        Check.that(t != from, "workflow.selfTransition", "to", t);
        allowed.put(from, t);
      }
      return this;
    }

    public StatusMachine<S> build() {
      return new StatusMachine<>(name, allowed.build());
    }
  }
}
