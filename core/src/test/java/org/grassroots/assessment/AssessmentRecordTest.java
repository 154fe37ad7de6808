package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.RulesetId;

/** A published result holds exactly what the assessment computed for the unit. */
class AssessmentRecordTest {
  private static final CompiledRuleset CITY = CompiledRuleset.compile(Fixtures.cityBaseline());
  private static final TreeSnapshot TREE = Fixtures.streets(3, 12);

  @Property(tries = 30)
  void aRecordIsTheAssessmentsFiguresForTheUnit(@ForAll long seed) {
    Assessment a = CITY.evaluate(Fixtures.randomInputs(CITY, TREE, seed));
    List<AssessmentRecord> all = AssessmentRecord.all(a);
    assertThat(all).hasSize(a.subjects().length);
    for (AssessmentRecord r : all) {
      OrgUnitId u = r.unit();
      assertThat(r.ruleset()).isEqualTo(CITY.ruleset().id());
      assertThat(r.version()).isEqualTo(CITY.ruleset().version());
      assertThat(r.period()).isEqualTo(a.period());
      assertThat(r.total()).isEqualTo(a.total(u));
      assertThat(r.grade()).isEqualTo(a.grade(u).map(Grade::id));
      assertThat(r.vetoed()).isEqualTo(!a.vetoes(u).isEmpty());
      assertThat(r.cutByQuota()).isEqualTo(a.cutByQuota(u));
      assertThat(r.categories().keySet()).containsExactlyElementsOf(
          CITY.ruleset().indicators().stream().map(Indicator::id).toList());
      r.categories().forEach((c, points) -> assertThat(points).isEqualTo(a.points(c, u)));
      assertThat(r.id()).isEqualTo(r.ruleset().value() + "/" + r.version() + "/" + r.period() + "/" + u.value());
    }
    assertThat(all.stream().map(AssessmentRecord::id).distinct().count()).isEqualTo(all.size());
  }

  @Example
  void aUnitNotAssessedIsRefused() {
    Assessment a = CITY.evaluate(Fixtures.randomInputs(CITY, TREE, 1));
    assertThatThrownBy(() -> AssessmentRecord.of(a, OrgUnitId.of("S1"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new AssessmentRecord(RulesetId.of("r"), 0, Fixtures.Y2024, OrgUnitId.of("u"), 0,
        Optional.empty(), ImmutableList.of(), false, ImmutableMap.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("assessmentRecord.version");
  }
}
