package org.grassroots.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grassroots.positions.PositionLevel.COMMUNITY_CENTRE;
import static org.grassroots.positions.PositionLevel.COMPOUND_HOME;
import static org.grassroots.positions.PositionLevel.STREET_CENTRE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PositionCoverageTest {
  static final DistrictId D = DistrictId.of("songyu");
  static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  static final LocalDate ASOF = LocalDate.of(2018, 9, 1);
  static final List<PositionLevel> THREE = List.of(STREET_CENTRE, COMMUNITY_CENTRE, COMPOUND_HOME);

  /** A street, 2 communities, 3 compound branches (the third established after the report day). */
  static List<OrgUnit> units() {
    List<OrgUnit> u = new ArrayList<>();
    u.add(OrgUnit.establish(D, OrgUnitId.of("st"), OrgKind.STREET_COMMITTEE, "街道党工委", null, FROM));
    u.add(OrgUnit.establish(D, OrgUnitId.of("c1"), OrgKind.COMMUNITY_ORG, "社区1", OrgUnitId.of("st"), FROM));
    u.add(OrgUnit.establish(D, OrgUnitId.of("c2"), OrgKind.COMMUNITY_ORG, "社区2", OrgUnitId.of("st"), FROM));
    u.add(OrgUnit.establish(D, OrgUnitId.of("x1"), OrgKind.COMPOUND_BRANCH, "小区1", OrgUnitId.of("c1"), FROM));
    u.add(OrgUnit.establish(D, OrgUnitId.of("x2"), OrgKind.COMPOUND_BRANCH, "小区2", OrgUnitId.of("c2"), FROM));
    u.add(OrgUnit.establish(D, OrgUnitId.of("x3"), OrgKind.COMPOUND_BRANCH, "小区3", OrgUnitId.of("c2"), ASOF.plusDays(1)));
    return u;
  }

  static ServicePosition pos(String id, PositionLevel level, String host) {
    return ServicePosition.open(PositionId.of(id), id, level, OrgUnitId.of(host), FROM);
  }

  @Test
  void countsPositionsPerLevelAndNamesUncoveredHosts() {
    List<ServicePosition> ps = List.of(
        pos("p-st", STREET_CENTRE, "st"), pos("p-c1", COMMUNITY_CENTRE, "c1"), pos("p-c2", COMMUNITY_CENTRE, "c2"),
        pos("p-x1", COMPOUND_HOME, "x1"), pos("p-x1b", COMPOUND_HOME, "x1"),
        pos("p-x2", COMPOUND_HOME, "x2").closing(ASOF)); // closed on the report day: not open
    PositionCoverage c = PositionCoverage.of(THREE, units(), ps, ASOF);
    assertThat(c.positions()).isEqualTo(1 + 2 + 2);
    assertThat(c.level(COMMUNITY_CENTRE).covered()).isEqualTo(2);
    PositionCoverage.LevelCoverage homes = c.level(COMPOUND_HOME);
    assertThat(homes.positions()).isEqualTo(2);
    assertThat(homes.hosts()).isEqualTo(2); // x3 does not exist yet
    assertThat(homes.uncovered()).containsExactly(OrgUnitId.of("x2"));
    assertThat(homes.covered()).isEqualTo(1);
    // the day before the closing, x2 is covered
    assertThat(PositionCoverage.of(THREE, units(), ps, ASOF.minusDays(1)).level(COMPOUND_HOME).uncovered()).isEmpty();
  }

  @Test
  void refusesAPositionOnTheWrongHostOrOutsideTheLevels() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PositionCoverage.of(THREE, units(), List.of(pos("p", COMMUNITY_CENTRE, "x1")), ASOF));
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("servicePosition.host: service position p is hosted by \"x1\", which is not a community-org unit existing on 2018-09-01");
    assertThat(e.getMessage(Locale.CHINESE)).contains("阵地 p 的承建单位“x1”");
    assertThatThrownBy(() -> PositionCoverage.of(List.of(STREET_CENTRE), units(), List.of(pos("p", COMPOUND_HOME, "x1")), ASOF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("compound-home");
    assertThatThrownBy(() -> PositionCoverage.of(THREE, units(),
        List.of(pos("p", STREET_CENTRE, "st"), pos("p", STREET_CENTRE, "st")), ASOF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("positions");
    assertThatThrownBy(() -> pos("p", STREET_CENTRE, "st").closing(FROM))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("servicePosition.closed");
    assertThatThrownBy(() -> new PositionLevel("Bad", "中", "en", OrgKind.STREET_COMMITTEE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("positionLevel.code");
    assertThat(COMPOUND_HOME.displayName(Locale.CHINESE)).isEqualTo("小区党群之家");
  }

  /**
   * However positions open and close, each level's covered and uncovered hosts add up to its hosts,
   * and its open positions are exactly those open on the day.
   */
  @Property(tries = 200)
  void coveredAndUncoveredAddUpToTheHosts(
      @ForAll @IntRange(min = 1, max = 30) int compounds, @ForAll @IntRange(min = 0, max = 60) int homes,
      @ForAll @IntRange(min = 0, max = 400) int day) {
    List<OrgUnit> units = new ArrayList<>(units().subList(0, 3));
    for (int i = 0; i < compounds; i++) {
      units.add(OrgUnit.establish(D, OrgUnitId.of("x" + i), OrgKind.COMPOUND_BRANCH, "小区" + i, OrgUnitId.of("c1"), FROM));
    }
    LocalDate asOf = FROM.plusDays(day);
    List<ServicePosition> ps = new ArrayList<>();
    int openThatDay = 0;
    for (int k = 0; k < homes; k++) {
      ServicePosition p = ServicePosition.open(PositionId.of("h" + k), "之家" + k, COMPOUND_HOME,
          OrgUnitId.of("x" + (k * 7 % compounds)), FROM.plusDays(k * 13L % 300));
      if (k % 3 == 0) {
        p = p.closing(p.opened().plusDays(1 + k * 11L % 200));
      }
      ps.add(p);
      openThatDay += p.openOn(asOf) ? 1 : 0;
    }
    PositionCoverage.LevelCoverage homeLine = PositionCoverage.of(THREE, units, ps, asOf).level(COMPOUND_HOME);
    assertThat(homeLine.hosts()).isEqualTo(compounds);
    assertThat(homeLine.covered() + homeLine.uncovered().size()).isEqualTo(homeLine.hosts());
    assertThat(homeLine.positions()).isEqualTo(openThatDay);
    assertThat(homeLine.covered()).isLessThanOrEqualTo(Math.min(openThatDay, compounds));
  }
}
