package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.input.InvalidInputException;

class HardTaskPropertiesTest {
  /** Random steps keep the leader among the sign-ups, sign-ups unique, and refusals harmless. */
  @Property
  void randomStepsKeepTasksConsistent(
      @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 4) Integer> steps,
      @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 5) Integer> who) {
    HardTask t = HardTask.publish(TaskId.of("t"), BatchId.of("b"), "task");
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < steps.size(); i++) {
      CadreId c = CadreId.of("c" + (i < who.size() ? who.get(i) : 0));
      day = day.plusDays(1);
      HardTask before = t;
      LocalDate d = day;
      try {
        t = switch (steps.get(i)) {
          case 0 -> t.signUp(c);
          case 1 -> t.chooseLeader(c, d);
          case 2 -> t.recordOutcome(true, d);
          case 3 -> t.recordOutcome(false, d);
          default -> t.withdraw(d);
        };
      } catch (InvalidInputException refused) {
        assertThat(t).isEqualTo(before);
      }
      HardTask now = t;
      now.leader().ifPresent(l -> assertThat(now.signUps()).contains(l));
      assertThat(now.signUps()).doesNotHaveDuplicates();
      assertThat(before.signUps()).isSubsetOf(now.signUps());
    }
  }
}
