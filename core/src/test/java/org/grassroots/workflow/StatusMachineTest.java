package org.grassroots.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class StatusMachineTest {
  enum S { A, B, C }

  private final StatusMachine<S> machine =
      StatusMachine.<S>named("demo").allow(S.A, S.B, S.C).allow(S.B, S.C).build();

  @Test
  void allowsOnlyDeclaredTransitions() {
    assertThat(machine.allows(S.A, S.B)).isTrue();
    assertThat(machine.allows(S.B, S.A)).isFalse();
    assertThat(machine.isFinal(S.C)).isTrue();
    assertThat(machine.isFinal(S.A)).isFalse();
    assertThat(machine.next(S.A)).containsExactlyInAnyOrder(S.B, S.C);
    machine.check("demo.status", S.A, S.C);
  }

  @Test
  void refusalNamesFieldTransitionAndAllowedInBothLanguages() {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> machine.check("demo.status", S.C, S.A));
    assertThat(e.key()).isEqualTo("workflow.illegalTransition");
    assertThat(e.field()).isEqualTo("demo.status");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("C → A").contains("demo").contains("cannot");
    assertThat(e.getMessage(Locale.CHINESE)).contains("C → A").contains("不能流转");
  }

  @Test
  void selfTransitionIsRefusedWhenDeclared() {
    assertThatThrownBy(() -> StatusMachine.<S>named("x").allow(S.A, S.A))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("itself");
  }
}
