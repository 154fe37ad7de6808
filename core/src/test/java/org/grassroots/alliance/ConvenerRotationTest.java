package org.grassroots.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConvenerRotationTest {
  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final LocalDate JOINED = LocalDate.of(2020, 7, 1);

  private static String unit(int i) {
    return String.format("songyu-u%02d", i);
  }

  /** 嵩屿街道大党工委: 48 member units take turns (轮流牵头), one month each from 2021-01-01. */
  static Alliance songyu() {
    Alliance a = Alliance.of(DistrictId.of("songyu"), AllianceId.of("songyu-big"), "嵩屿街道大党工委",
        OrgUnitId.of("songyu-street"));
    for (int i = 1; i <= 48; i++) {
      a = a.join(AllianceMembership.joined(unit(i), "成员单位 " + i,
          i % 3 == 0 ? MemberUnitKind.NON_PUBLIC_ENTERPRISE : MemberUnitKind.RESIDENT_UNIT, JOINED));
    }
    List<String> order = IntStream.rangeClosed(1, 48).mapToObj(ConvenerRotationTest::unit).toList();
    return a.withRotation(ConvenerRotation.of(order, START, Period.ofMonths(1)));
  }

  private static String convener(Alliance a, LocalDate d) {
    return a.convenerOn(d).map(AllianceMembership::unitId).orElse("none");
  }

  @Test
  void fortyEightUnitsTakeMonthlyTurns() {
    Alliance a = songyu();
    assertThat(a.membersOn(START)).hasSize(48);
    assertThat(convener(a, START)).isEqualTo(unit(1));
    assertThat(convener(a, LocalDate.of(2021, 1, 31))).isEqualTo(unit(1));
    assertThat(convener(a, LocalDate.of(2021, 2, 1))).isEqualTo(unit(2));
    assertThat(convener(a, LocalDate.of(2024, 12, 31))).isEqualTo(unit(48));
    assertThat(convener(a, LocalDate.of(2025, 1, 1))).isEqualTo(unit(1)); // turn 49: round two
    ConvenerRotation.Turn t = a.rotation().get().turnOn(LocalDate.of(2025, 1, 15)).get();
    assertThat(t.number()).isEqualTo(49);
    assertThat(t.from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(t.until()).isEqualTo(LocalDate.of(2025, 2, 1));
  }

  @Test
  void beforeTheStartThereIsNoConvener() {
    Alliance a = songyu();
    assertThat(a.convenerOn(START.minusDays(1))).isEmpty();
    assertThat(a.rotation().get().turnOn(START.minusDays(1))).isEmpty();
    Alliance noRotation = Alliance.of(DistrictId.of("songyu"), AllianceId.of("x"), "x", OrgUnitId.of("s"));
    assertThat(noRotation.convenerOn(START)).isEmpty();
  }

  @Test
  void aLeaverIsSkippedAndTheOthersKeepTheirTurns() {
    // unit 5 leaves before its turn (May 2021): the next member unit convenes that month
    Alliance a = songyu().leave(unit(5), LocalDate.of(2021, 4, 10));
    assertThat(convener(a, LocalDate.of(2021, 4, 9))).isEqualTo(unit(4));
    assertThat(convener(a, LocalDate.of(2021, 5, 3))).isEqualTo(unit(6));
    assertThat(convener(a, LocalDate.of(2021, 6, 3))).isEqualTo(unit(6));
    assertThat(convener(a, LocalDate.of(2021, 7, 3))).isEqualTo(unit(7));
    assertThat(a.rotation().get().scheduledOn(LocalDate.of(2021, 5, 3))).contains(unit(5));
    assertThat(a.membersOn(LocalDate.of(2021, 5, 3))).hasSize(47);
    // the past is unchanged: had unit 5 left after its turn, May was still its own
    Alliance late = songyu().leave(unit(5), LocalDate.of(2021, 6, 1));
    assertThat(convener(late, LocalDate.of(2021, 5, 31))).isEqualTo(unit(5));
    // the last unit's slot wraps round to the first
    Alliance lastGone = songyu().leave(unit(48), LocalDate.of(2021, 2, 1));
    assertThat(convener(lastGone, LocalDate.of(2024, 12, 1))).isEqualTo(unit(1));
  }

  @Test
  void aUnitNotYetJoinedIsSkippedAndNobodyConvenesWhenNoUnitIsAMember() {
    Alliance a = Alliance.of(DistrictId.of("d"), AllianceId.of("a"), "大党委", OrgUnitId.of("c"))
        .join(AllianceMembership.joined("early", "早", MemberUnitKind.STATE_ORGAN, START))
        .join(AllianceMembership.joined("late", "晚", MemberUnitKind.PROPERTY_MANAGER, START.plusMonths(3)));
    a = a.withRotation(ConvenerRotation.of(List.of("late", "early"), START, Period.ofMonths(1)));
    assertThat(convener(a, START)).isEqualTo("early");
    assertThat(convener(a, START.plusMonths(3))).isEqualTo("early"); // turn 4: the second slot, early's own
    assertThat(convener(a, START.plusMonths(4))).isEqualTo("late");
    Alliance gone = a.leave("early", START.plusDays(1));
    assertThat(convener(gone, START.plusDays(2))).isEqualTo("none");
  }

  @Test
  void monthEndStartsDoNotDrift() {
    ConvenerRotation r = ConvenerRotation.of(List.of("a", "b", "c"), LocalDate.of(2024, 1, 31), Period.ofMonths(1));
    assertThat(r.turnOn(LocalDate.of(2024, 2, 28)).get().number()).isEqualTo(1);
    assertThat(r.turnOn(LocalDate.of(2024, 2, 29)).get().number()).isEqualTo(2);
    assertThat(r.turnOn(LocalDate.of(2024, 3, 30)).get().number()).isEqualTo(2);
    assertThat(r.turnOn(LocalDate.of(2024, 3, 31)).get()).isEqualTo(
        new ConvenerRotation.Turn(3, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30)));
  }

  @Provide
  Arbitrary<Period> turns() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 60).map(Period::ofDays),
        Arbitraries.integers().between(1, 14).map(Period::ofWeeks),
        Arbitraries.integers().between(1, 12).map(Period::ofMonths),
        Arbitraries.integers().between(1, 3).map(Period::ofYears),
        Arbitraries.integers().between(1, 40).map(d -> Period.of(0, 1, d)));
  }

  @Property(tries = 500)
  void theTurnOnADateContainsItAndStartsAtAWholeNumberOfTurns(
      @ForAll("turns") Period turn,
      @ForAll("dates") LocalDate start,
      @ForAll @IntRange(min = 0, max = 20_000) int daysAfter,
      @ForAll @IntRange(min = 1, max = 60) int units) {
    ConvenerRotation r = ConvenerRotation.of(
        IntStream.range(0, units).mapToObj(i -> "u" + i).toList(), start, turn);
    LocalDate date = start.plusDays(daysAfter);
    ConvenerRotation.Turn t = r.turnOn(date).orElseThrow();
    assertThat(t.contains(date)).isTrue();
    // boundaries computed from start: months first, then days
    long k = t.number() - 1;
    assertThat(t.from()).isEqualTo(start.plusMonths(k * turn.toTotalMonths()).plusDays(k * turn.getDays()));
    assertThat(t.until()).isEqualTo(start.plusMonths((k + 1) * turn.toTotalMonths()).plusDays((k + 1) * turn.getDays()));
    assertThat(r.scheduledOn(date)).contains("u" + (k % units));
    assertThat(r.turnOn(t.until()).orElseThrow().number()).isEqualTo(t.number() + 1);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31));
  }

  @Test
  void joinAndLeaveAreChecked() {
    Alliance a = songyu();
    InvalidInputException twice = catchThrowableOfType(InvalidInputException.class,
        () -> a.join(AllianceMembership.joined(unit(1), "重复", MemberUnitKind.OTHER, START)));
    assertThat(twice.key()).isEqualTo("alliance.alreadyMember");
    assertThat(twice.getMessage(Locale.ENGLISH)).contains(unit(1));
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> a.leave("nobody", START)).key())
        .isEqualTo("alliance.notMember");
    Alliance left = a.leave(unit(2), START);
    InvalidInputException again = catchThrowableOfType(InvalidInputException.class, () -> left.leave(unit(2), START.plusDays(1)));
    assertThat(again.key()).isEqualTo("alliance.alreadyLeft");
    assertThat(again.getMessage(Locale.CHINESE)).contains("2021-01-01");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> a.leave(unit(3), JOINED)).key())
        .isEqualTo("input.dateOrder");
    assertThat(left.membership(unit(2)).get().leftOn()).contains(START);
    assertThat(a.membership(unit(2)).get().leftOn()).isEmpty(); // values are immutable
    assertThat(left.describe()).containsEntry("members", "47");
  }

  @Test
  void rotationsAreChecked() {
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ConvenerRotation.of(List.of("a", "b", "a"), START, Period.ofMonths(1))).key())
        .isEqualTo("alliance.rotationDuplicate");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ConvenerRotation.of(List.of(), START, Period.ofMonths(1))).key()).isEqualTo("input.empty");
    for (Period bad : new Period[] {Period.ZERO, Period.ofDays(-1), Period.of(0, 1, -5)}) {
      assertThat(catchThrowableOfType(InvalidInputException.class,
          () -> ConvenerRotation.of(List.of("a"), START, bad)).field()).isEqualTo("rotation.turn");
    }
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> songyu().withRotation(ConvenerRotation.of(List.of("stranger"), START, Period.ofMonths(1)))).key())
        .isEqualTo("alliance.rotationUnknownUnit");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ConvenerRotation.of(List.of("a b"), START, Period.ofMonths(1))).key()).isEqualTo("input.pattern");
  }
}
