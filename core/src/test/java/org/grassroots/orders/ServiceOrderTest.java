package org.grassroots.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ServiceOrderTest {
  static final OrgUnitId C = OrgUnitId.of("yg-c01");
  static final MemberId ALI = MemberId.of("m-ali");
  static final MemberId BO = MemberId.of("m-bo");
  static final LocalDateTime T = LocalDateTime.of(2024, 5, 6, 9, 0);

  static ServiceOrder placed() {
    return ServiceOrder.place(OrderId.of("o-1"), C, OrderKind.GOOD_DEED, T, Duration.ofHours(48),
        "Mrs Li needs her tap fixed");
  }

  @Test
  void residentPlacesCommunityDispatchesMemberAcceptsDone() {
    ServiceOrder o = placed().dispatch(ALI, T.plusHours(1)).accept(ALI, T.plusHours(3))
        .complete(T.plusHours(30));
    assertThat(o.status()).isEqualTo(OrderStatus.DONE);
    assertThat(o.assignee()).contains(ALI);
    assertThat(o.deadline()).isEqualTo(T.plusHours(48));
    assertThat(o.doneOnTime()).isTrue();
    assertThat(placed().dispatch(ALI, T).accept(ALI, T).complete(T.plusHours(49)).doneOnTime())
        .isFalse();
    assertThat(placed().dispatch(ALI, T).accept(ALI, T).complete(T.plusHours(48)).doneOnTime())
        .as("done exactly at the deadline is on time").isTrue();
  }

  @Test
  void illegalStepsAreRefusedInBothLanguagesAndChangeNothing() {
    ServiceOrder p = placed();
    InvalidInputException e =
        Assertions.assertThrows(InvalidInputException.class, () -> p.complete(T.plusHours(1)));
    assertThat(e.getMessage(Locale.ENGLISH)).contains("PLACED → DONE").contains("serviceOrder");
    assertThat(e.getMessage(Locale.CHINESE)).contains("PLACED → DONE").contains("不能流转");
    assertThatThrownBy(() -> p.accept(ALI, T)).isInstanceOf(InvalidInputException.class);
    assertThat(p.status()).isEqualTo(OrderStatus.PLACED);
    ServiceOrder closed = p.close(T.plusHours(1));
    assertThatThrownBy(() -> closed.dispatch(ALI, T.plusHours(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CLOSED → DISPATCHED");
  }

  @Test
  void onlyTheAssignedMemberAccepts() {
    ServiceOrder d = placed().dispatch(ALI, T);
    InvalidInputException e =
        Assertions.assertThrows(InvalidInputException.class, () -> d.accept(BO, T.plusHours(1)));
    assertThat(e.field()).isEqualTo("member");
    assertThat(e.getMessage(Locale.CHINESE)).contains("m-bo").contains("m-ali");
  }

  @Test
  void timesMustNotGoBackwardsAndLimitMustBePositive() {
    assertThatThrownBy(() -> placed().dispatch(ALI, T.minusMinutes(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ServiceOrder.place(OrderId.of("x"), C, OrderKind.DIFFICULTY, T,
            Duration.ZERO, "r"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("serviceOrder.timeLimit");
  }

  @Test
  void toStringKeepsTheRequestOut() {
    assertThat(placed().toString()).doesNotContain("Li").contains("o-1");
  }

  /** Random steps: every accepted step keeps the order valid; a refused one leaves it unchanged. */
  @Property
  void randomStepsKeepOrdersConsistent(
      @ForAll @Size(max = 12) java.util.List<@IntRange(min = 0, max = 4) Integer> steps,
      @ForAll @Size(max = 12) java.util.List<@IntRange(min = -2, max = 30) Integer> hours) {
    ServiceOrder o = placed();
    LocalDateTime at = T;
    for (int i = 0; i < steps.size(); i++) {
      at = at.plusHours(i < hours.size() ? hours.get(i) : 1);
      ServiceOrder before = o;
      LocalDateTime when = at;
      try {
        o = switch (steps.get(i)) {
          case 0 -> o.dispatch(ALI, when);
          case 1 -> o.accept(ALI, when);
          case 2 -> o.complete(when);
          case 3 -> o.close(when);
          default -> o.accept(BO, when);
        };
        assertThat(OrderStatus.MACHINE.allows(before.status(), o.status())).isTrue();
      } catch (InvalidInputException refused) {
        assertThat(o).isEqualTo(before);
      }
    }
    if (o.status() == OrderStatus.DONE) {
      assertThat(o.accepted()).isPresent();
      assertThat(o.finished().get()).isAfterOrEqualTo(o.accepted().get());
    }
  }
}
