package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HardTaskTest {
  static final LocalDate D = LocalDate.of(2019, 3, 1);
  static final CadreId A = CadreId.of("a");
  static final CadreId B = CadreId.of("b");

  static HardTask task() {
    return HardTask.publish(TaskId.of("t1"), BatchId.of("b1"), "官任片区征收");
  }

  @Test
  void signUpChooseLeaderRecordOutcome() {
    HardTask t = task().signUp(A).signUp(B).chooseLeader(B, D).recordOutcome(true, D.plusDays(83));
    assertThat(t.status()).isEqualTo(TaskStatus.ACCOMPLISHED);
    assertThat(t.leader()).contains(B);
    assertThat(t.signUps()).containsExactly(A, B);
    assertThat(t.settled()).contains(D.plusDays(83));
    assertThat(task().signUp(A).chooseLeader(A, D).recordOutcome(false, D).status())
        .isEqualTo(TaskStatus.FAILED);
  }

  @Test
  void refusals() {
    HardTask open = task().signUp(A);
    assertThatThrownBy(() -> open.signUp(A)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already");
    InvalidInputException e = Assertions.assertThrows(InvalidInputException.class,
        () -> open.chooseLeader(B, D));
    assertThat(e.getMessage(Locale.CHINESE)).contains("未报名");
    assertThatThrownBy(() -> open.recordOutcome(true, D))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("OPEN → ACCOMPLISHED");
    HardTask led = open.chooseLeader(A, D);
    assertThatThrownBy(() -> led.signUp(B)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LEADER_CHOSEN");
    assertThatThrownBy(() -> led.withdraw(D)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> led.recordOutcome(true, D.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    HardTask withdrawn = task().withdraw(D);
    assertThatThrownBy(() -> withdrawn.chooseLeader(A, D))
        .isInstanceOf(InvalidInputException.class);
    assertThat(open.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(open.signUps()).containsExactly(A);
  }
}
