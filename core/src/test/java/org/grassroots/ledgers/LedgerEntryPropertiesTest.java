package org.grassroots.ledgers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;

class LedgerEntryPropertiesTest {
  /** Random steps: an accepted step follows the machine and keeps dates ordered; a refused one changes nothing. */
  @Property
  void randomStepsKeepEntriesConsistent(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 2) Integer> steps,
      @ForAll @Size(max = 8) List<@IntRange(min = -3, max = 20) Integer> days) {
    LedgerEntry e = LedgerEntry.open(EntryId.of("e"), LedgerKind.ASSISTANCE, OrgUnitId.of("u"),
        MemberId.of("m"), LocalDate.of(2024, 6, 1), "s");
    LocalDate day = e.recorded();
    for (int i = 0; i < steps.size(); i++) {
      day = day.plusDays(i < days.size() ? days.get(i) : 1);
      LedgerEntry before = e;
      LocalDate d = day;
      try {
        e = switch (steps.get(i)) {
          case 0 -> e.respond(d);
          case 1 -> e.resolve(d);
          default -> e.close(d);
        };
        assertThat(EntryStatus.MACHINE.allows(before.status(), e.status())).isTrue();
      } catch (InvalidInputException refused) {
        assertThat(e).isEqualTo(before);
      }
      assertThat(e.responded().isPresent()).isEqualTo(e.status() != EntryStatus.OPEN);
      assertThat(e.finished().isPresent()).isEqualTo(e.status().isFinal());
      LedgerEntry now = e;
      now.responded().ifPresent(r -> assertThat(r).isAfterOrEqualTo(now.recorded()));
    }
  }
}
