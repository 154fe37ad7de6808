package org.grassroots.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class VolunteeringTallyTest {
  static final OrgUnitId DONGXING = OrgUnitId.of("dongxing");
  static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  static final LocalDate END2023 = LocalDate.of(2023, 12, 31);

  final VolunteerTeam a = VolunteerTeam.of(TeamId.of("a"), "助老队", DONGXING, Y2023, List.of("p1", "p2", "p3"));
  final VolunteerTeam b = VolunteerTeam.of(TeamId.of("b"), "环保队", DONGXING, Y2023, List.of("p3", "p4"));
  final VolunteerTeam late = VolunteerTeam.of(TeamId.of("c"), "新队", DONGXING, LocalDate.of(2024, 3, 1), List.of("p9"));

  @Test
  void countsDistinctVolunteersAndActivitiesInTheWindowOnly() {
    List<Activity> acts = List.of(
        Activity.of(ActivityId.of("x1"), DONGXING, "清洁家园", LocalDate.of(2023, 3, 5), 12).byTeam(a.id()),
        Activity.of(ActivityId.of("x2"), DONGXING, "围棋课", Y2023, 10).inSeries("go-lessons"),
        Activity.of(ActivityId.of("x3"), DONGXING, "围棋课", END2023, 11).inSeries("go-lessons"),
        Activity.of(ActivityId.of("x4"), DONGXING, "围棋课", END2023.plusDays(1), 13).inSeries("go-lessons"),
        Activity.of(ActivityId.of("x5"), DONGXING, "亲子早教", Y2023.minusDays(1), 40));
    VolunteeringTally all2023 = VolunteeringTally.of(List.of(a, b, late), acts, Y2023, END2023, VolunteeringTally.ALL);
    assertThat(all2023.teams()).isEqualTo(2); // the team formed in 2024 is not counted
    assertThat(all2023.volunteers()).isEqualTo(4); // p3 serves in two teams, counted once
    assertThat(all2023.rosterPlaces()).isEqualTo(5);
    assertThat(all2023.activities()).isEqualTo(3); // both window days included, the day before and after not
    assertThat(all2023.participations()).isEqualTo(12 + 10 + 11);
    assertThat(VolunteeringTally.of(List.of(a, b), acts, Y2023, END2023, VolunteeringTally.inSeries("go-lessons")))
        .extracting(VolunteeringTally::activities, VolunteeringTally::participations).containsExactly(2L, 21L);
    assertThat(VolunteeringTally.of(List.of(a, b), acts, LocalDate.of(2000, 1, 1), END2023.plusYears(1),
        VolunteeringTally.BY_TEAMS)).extracting(VolunteeringTally::activities).isEqualTo(1L);
  }

  @Test
  void refusesBadRecordsWithBilingualMessages() {
    Activity byUnknown = Activity.of(ActivityId.of("x1"), DONGXING, "活动", Y2023, 1).byTeam(TeamId.of("zz"));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> VolunteeringTally.of(List.of(a), List.of(byUnknown), Y2023, END2023, VolunteeringTally.ALL));
    assertThat(e.getMessage(Locale.ENGLISH)).contains("activity.team").contains("zz").contains("x1");
    assertThat(e.getMessage(Locale.CHINESE)).contains("志愿服务队“zz”");
    assertThat(english(() -> VolunteeringTally.of(List.of(a, a), List.of(), Y2023, END2023, VolunteeringTally.ALL)))
        .isEqualTo("teams: volunteer team a is given twice");
    Activity x = Activity.of(ActivityId.of("x"), DONGXING, "活动", Y2023, 1);
    assertThat(english(() -> VolunteeringTally.of(List.of(), List.of(x, x), Y2023, END2023, VolunteeringTally.ALL)))
        .isEqualTo("activities: activity x is given twice");
    assertThatThrownBy(() -> VolunteeringTally.of(List.of(), List.of(), END2023, Y2023, VolunteeringTally.ALL))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
    assertThatThrownBy(() -> Activity.of(ActivityId.of("x"), DONGXING, "活动", Y2023, -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("activity.participants");
    assertThatThrownBy(() -> x.inSeries("Go Lessons"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("activity.series");
    assertThatThrownBy(() -> VolunteerTeam.of(TeamId.of("t"), "空队", DONGXING, Y2023, List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("volunteerTeam.volunteers");
    assertThatThrownBy(() -> VolunteerTeam.of(TeamId.of("t"), "队", DONGXING, Y2023, List.of("bad id")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("volunteerTeam.volunteers");
  }

  private static String english(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return catchThrowableOfType(InvalidInputException.class, call).getMessage(Locale.ENGLISH);
  }

  /** Splitting a window in two at any day splits its activities and participations exactly. */
  @Property(tries = 200)
  void windowsAddUp(@ForAll @IntRange(min = 0, max = 364) int split, @ForAll @IntRange(min = 1, max = 60) int n) {
    List<Activity> acts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      acts.add(Activity.of(ActivityId.of("x" + i), DONGXING, "活动", Y2023.plusDays((i * 37L) % 365), i % 17));
    }
    VolunteeringTally whole = VolunteeringTally.of(List.of(), acts, Y2023, END2023, VolunteeringTally.ALL);
    VolunteeringTally left = VolunteeringTally.of(List.of(), acts, Y2023, Y2023.plusDays(split), VolunteeringTally.ALL);
    VolunteeringTally right = split == 364 ? new VolunteeringTally(0, 0, 0, 0, 0)
        : VolunteeringTally.of(List.of(), acts, Y2023.plusDays(split + 1L), END2023, VolunteeringTally.ALL);
    assertThat(left.activities() + right.activities()).isEqualTo(whole.activities()).isEqualTo(n);
    assertThat(left.participations() + right.participations()).isEqualTo(whole.participations());
  }
}
