package org.grassroots.dualregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.Rounding;
import org.junit.jupiter.api.Test;

class RegistrationMeasuresTest {
  static final OrgUnitId BUREAU = OrgUnitId.of("tax-bureau");
  static final OrgUnitId COMMUNITY = OrgUnitId.of("yg-c01");
  static final Period Y = Period.year(2024);
  static final LocalDate MAR = LocalDate.of(2024, 3, 1);

  static RegistrationMeasures bureau() {
    List<MemberRegistration> regs = new ArrayList<>();
    for (int i = 0; i < 114; i++) {
      regs.add(new MemberRegistration(MemberId.of("m" + i), BUREAU, COMMUNITY, MAR.plusDays(i)));
    }
    regs.add(new MemberRegistration(MemberId.of("m0"), BUREAU, COMMUNITY, MAR)); // twice: once
    regs.add(new MemberRegistration(MemberId.of("late"), BUREAU, COMMUNITY,
        LocalDate.of(2025, 1, 2)));
    List<AgreedTask> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Optional<LocalDate> done = i < 8 ? Optional.of(MAR.plusMonths(i))
          : i == 8 ? Optional.of(LocalDate.of(2025, 1, 3)) : Optional.empty();
      tasks.add(new AgreedTask("t" + i, BUREAU, COMMUNITY, MAR.plusMonths(i), done));
    }
    tasks.add(new AgreedTask("t2023", BUREAU, COMMUNITY, LocalDate.of(2023, 5, 1),
        Optional.empty()));
    List<ServiceRecord> services = new ArrayList<>();
    // m0..m9 serve 90 minutes on 4 days each; one record of 2023 does not count
    for (int i = 0; i < 10; i++) {
      for (int d = 0; d < 4; d++) {
        services.add(new ServiceRecord(MemberId.of("m" + i), BUREAU, COMMUNITY,
            MAR.plusDays(d * 30L), 90));
      }
    }
    services.add(new ServiceRecord(MemberId.of("m1"), BUREAU, COMMUNITY, LocalDate.of(2023, 6, 1),
        600));
    return RegistrationMeasures.of(List.of(new UnitRoster(BUREAU, Y, 120)), regs, tasks, services);
  }

  @Test
  void ratesAndHoursAsMeasurements() {
    Map<IndicatorId, Long> got = bureau().measure(RegistrationIndicator.preset(), BUREAU, Y)
        .stream().collect(Collectors.toMap(Measurement::indicator, Measurement::value));
    assertThat(got.get(IndicatorId.of("dual.registeredMembers"))).isEqualTo(Fixed.of(114));
    assertThat(got.get(IndicatorId.of("dual.reportingRate"))).isEqualTo(9_500); // 114 / 120
    assertThat(got.get(IndicatorId.of("dual.completionRate"))).isEqualTo(8_000); // 8 / 10
    assertThat(got.get(IndicatorId.of("dual.serviceHours"))).isEqualTo(Fixed.of(60)); // 3600 min
    // 3600 min / 114 members / 60 = 0.526… h → 0.5
    assertThat(got.get(IndicatorId.of("dual.hoursPerMember"))).isEqualTo(5_000);
  }

  @Test
  void aUnitWithoutRosterGetsTheDeclaredAnswer() {
    RegistrationMeasures m = bureau();
    OrgUnitId other = OrgUnitId.of("other");
    assertThat(m.measure(RegistrationIndicator.preset(), other, Y))
        .extracting(x -> x.indicator().value())
        .containsExactly("dual.registeredMembers", "dual.serviceHours");
    RegistrationIndicator zero = new RegistrationIndicator(IndicatorId.of("r"),
        RegistrationQuantity.REPORTING_RATE, RatePolicy.standard().whenEmpty(WhenEmpty.ZERO));
    assertThat(m.value(zero, other, Y)).hasValue(0);
  }

  @Test
  void moreRegisteredThanTheRosterIsRefusedNotGuessed() {
    RegistrationMeasures m = RegistrationMeasures.of(List.of(new UnitRoster(BUREAU, Y, 1)),
        List.of(new MemberRegistration(MemberId.of("a"), BUREAU, COMMUNITY, MAR),
            new MemberRegistration(MemberId.of("b"), BUREAU, COMMUNITY, MAR)),
        List.of(), List.of());
    assertThatThrownBy(() -> m.measure(RegistrationIndicator.preset(), BUREAU, Y))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("分子");
    assertThatThrownBy(() -> RegistrationMeasures.of(
            List.of(new UnitRoster(BUREAU, Y, 1), new UnitRoster(BUREAU, Y, 2)), List.of(),
            List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tax-bureau/2024");
  }

  @Property
  void reportingRateIsRegisteredOverRoster(
      @ForAll @IntRange(min = 0, max = 200) int registered,
      @ForAll @IntRange(min = 0, max = 200) int extra) {
    List<MemberRegistration> regs = new ArrayList<>();
    for (int i = 0; i < registered; i++) {
      regs.add(new MemberRegistration(MemberId.of("m" + i), BUREAU, COMMUNITY, MAR));
    }
    int roster = registered + extra;
    RegistrationMeasures m = RegistrationMeasures.of(List.of(new UnitRoster(BUREAU, Y, roster)),
        regs, List.of(), List.of());
    RegistrationIndicator rate = new RegistrationIndicator(IndicatorId.of("r"),
        RegistrationQuantity.REPORTING_RATE, new RatePolicy(4, Rounding.DOWN, WhenEmpty.NO_VALUE));
    if (roster == 0) {
      assertThat(m.value(rate, BUREAU, Y)).isEmpty();
    } else {
      long v = m.value(rate, BUREAU, Y).orElseThrow();
      assertThat(v).isBetween(0L, Fixed.ONE);
      // rounded down: v ≤ exact < v + 1 unit, i.e. v·roster ≤ registered·ONE < (v+1)·roster
      assertThat(v * roster).isLessThanOrEqualTo((long) registered * Fixed.ONE);
      assertThat((v + 1) * roster).isGreaterThan((long) registered * Fixed.ONE);
    }
  }
}
