package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.assessment.Fixtures.CITY;
import static org.grassroots.assessment.Fixtures.Y2024;
import static org.grassroots.assessment.Fixtures.count;
import static org.grassroots.assessment.Fixtures.item;
import static org.grassroots.assessment.Fixtures.linear;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.junit.jupiter.api.Test;

/** Each missing-value policy (缺失值处理) at work, with exact figures. */
class MissingValuesTest {
  static final IndicatorId A1 = IndicatorId.of("a1");
  static final IndicatorId A2 = IndicatorId.of("a2");
  static final IndicatorId B1 = IndicatorId.of("b1");
  static final IndicatorId HONOURS = IndicatorId.of("honours");
  static final IndicatorId INCIDENT = IndicatorId.of("incident");
  static final TreeSnapshot TREE = Fixtures.streets(1, 3);
  static final OrgUnitId C1 = OrgUnitId.of("S1-C01");
  static final OrgUnitId C2 = OrgUnitId.of("S1-C02");
  static final OrgUnitId C3 = OrgUnitId.of("S1-C03");

  /**
   * 甲 (60: a1 30, a2 30) + 乙 (40: b1 40), each item linear from input 0 to 100; total cap 100; an
   * honours bonus (1 a point, at most 5); a zeroing incident veto; 良好 ≥ 80, 合格 ≥ 60; a2 has
   * {@code a2Policy}.
   */
  static Ruleset.Builder rules(MissingPolicy a2Policy) {
    return Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .totalCap(of(100))
        .rescaleRounding(Rounding.HALF_UP)
        .indicator(Indicator.category("a", "甲", of(60), List.of(
            item("a1", "甲一", of(30), linear(0, of(100), of(30))),
            item("a2", "甲二", of(30), linear(0, of(100), of(30))).withMissing(a2Policy))))
        .indicator(Indicator.category("b", "乙", of(40), List.of(
            item("b1", "乙一", of(40), linear(0, of(100), of(40))))))
        .input(InputSpec.of("honours", "上级表彰"))
        .input(InputSpec.of("incident", "重大事故"))
        .bonus(new Bonus(RuleId.of("honours-bonus"), "表彰加分", HONOURS, count("1", of(5))))
        .veto(new Veto(RuleId.of("incident-veto"), "事故否决", Condition.present("incident"), Veto.Effect.ZERO_TOTAL,
            List.of()))
        .grade(Grade.atLeast("good", "良好", of(80)))
        .grade(Grade.atLeast("pass", "合格", of(60)));
  }

  static InputColumns.Builder inputs() {
    return InputColumns.builder(TREE, Y2024);
  }

  static InputColumns.Builder unit(InputColumns.Builder b, OrgUnitId u, Long a1, Long a2, Long b1) {
    int pos = TREE.require(u);
    if (a1 != null) {
      b.set(A1, pos, a1);
    }
    if (a2 != null) {
      b.set(A2, pos, a2);
    }
    if (b1 != null) {
      b.set(B1, pos, b1);
    }
    return b;
  }

  static Assessment run(Ruleset r, InputColumns in) {
    Assessment a = CompiledRuleset.compile(r).evaluate(in);
    for (int pos : a.subjects()) {
      assertThat(a.explain(TREE.id(pos)).recomputeTotal()).isEqualTo(a.total(pos));
    }
    return a;
  }

  @Test
  void zeroIsTheDefaultAndReadsAMissingValueAsZero() {
    Ruleset r = rules(MissingPolicy.ZERO).build();
    assertThat(r.missingDefault()).isEqualTo(MissingPolicy.ZERO);
    Assessment a = run(r, unit(unit(inputs(), C1, of(100), null, of(100)), C2, of(100), of(0), of(100)).build());
    assertThat(a.total(C1)).isEqualTo(of(70)).isEqualTo(a.total(C2));
    assertThat(a.missing(C1)).containsExactly(A2, HONOURS, INCIDENT);
    assertThat(a.missing(C2)).containsExactly(HONOURS, INCIDENT);
    assertThat(a.missingCounts()).containsEntry(A2, 2).containsEntry(A1, 1).containsEntry(HONOURS, 3)
        .doesNotContainKey(IndicatorId.of("a"));
    assertThat(a.explain(C1).text(Locale.ENGLISH)).contains("missing → read as 0");
    assertThat(a.explain(C1).text(Locale.CHINESE)).contains("缺失 → 按零计");
  }

  @Test
  void refuseNamesTheFirstMissingUnitAndInputAndTheCount() {
    CompiledRuleset c = CompiledRuleset.compile(rules(MissingPolicy.REFUSE).build());
    InputColumns in = unit(unit(unit(inputs(), C1, of(1), of(1), of(1)), C2, of(1), null, of(1)), C3, null, null, null)
        .build();
    assertThatThrownBy(() -> c.evaluate(in))
        .isInstanceOfSatisfying(MissingValueRefusedException.class, e -> {
          assertThat(e.unit()).isEqualTo(C2);
          assertThat(e.input()).isEqualTo(A2);
          assertThat(e.missingCount()).isEqualTo(2);
          assertThat(e.key()).isEqualTo("missing.refused");
          assertThat(e.field()).isEqualTo("columns");
          assertThat(e.shownValue()).isEqualTo("a2");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("S1-C02").contains("2 such value(s)");
          assertThat(e.getMessage(Locale.CHINESE)).contains("组织 S1-C02 缺少 a2").contains("共 2 个");
        });
    // the same compiled ruleset still assesses complete inputs
    Assessment a = c.evaluate(unit(unit(unit(inputs(), C1, of(1), of(1), of(1)), C2, of(1), of(1), of(1)), C3, of(1),
        of(1), of(1)).build());
    assertThat(a.missingCounts()).containsEntry(A2, 0);
  }

  @Test
  void disqualifyKeepsThePointsButGivesNoGradeAndTakesNoPlaceInAQuota() {
    Ruleset r = rules(MissingPolicy.DISQUALIFY)
        .quota(new Quota(RuleId.of("good-quota"), RuleId.of("good"), Optional.empty(), Optional.empty(),
            Optional.of(1), Rounding.FLOOR, TieBreak.ordinalById()))
        .build();
    // C1 is best but lacks a2; C2 and C3 both reach 良好, the quota of one keeps C2 (id order)
    InputColumns in = unit(unit(unit(inputs(), C1, of(100), null, of(100)), C2, of(100), of(50), of(100)), C3,
        of(100), of(50), of(100)).build();
    Assessment a = run(r, in);
    assertThat(a.total(C1)).isEqualTo(of(70));
    assertThat(a.grade(C1)).isEmpty();
    assertThat(a.disqualifiedForMissing(C1)).isTrue();
    assertThat(a.disqualifiedForMissing(C2)).isFalse();
    assertThat(a.total(C2)).isEqualTo(of(85));
    assertThat(a.grade(C2).orElseThrow().id().value()).isEqualTo("good");
    assertThat(a.grade(C3).orElseThrow().id().value()).isEqualTo("pass");
    assertThat(a.cutByQuota(C1)).isFalse();
    String text = a.explain(C1).text(Locale.ENGLISH);
    assertThat(text).contains("Missing [a2] 甲二 → disqualify the unit").contains("disqualified: missing a2")
        .contains("No grade");
  }

  @Test
  void excludeRescalesToTheFullScoreWithTheDeclaredRounding() {
    // a1 51 → 15.3, a2 missing (30 of 100 excluded), b1 50 → 20: 35.3 × 100 / 70 = 50.428571…
    InputColumns in = unit(inputs(), C1, of(51), null, of(50)).build();
    Assessment up = run(rules(MissingPolicy.EXCLUDE).build(), in);
    assertThat(up.total(C1)).isEqualTo(parse("50.4286"));
    assertThat(up.points(A2, C1)).isZero();
    assertThat(up.points(IndicatorId.of("a"), C1)).isEqualTo(parse("15.3")); // categories are not rescaled
    Assessment down = run(rules(MissingPolicy.EXCLUDE).rescaleRounding(Rounding.DOWN).build(), in);
    assertThat(down.total(C1)).isEqualTo(parse("50.4285"));
    Explanation e = up.explain(C1);
    assertThat(e.rescaling()).hasValueSatisfying(s -> {
      assertThat(s.scored()).isEqualTo(parse("35.3"));
      assertThat(s.fullScore()).isEqualTo(of(100));
      assertThat(s.excluded()).isEqualTo(of(30));
      assertThat(s.value()).isEqualTo(parse("50.4286"));
    });
    assertThat(e.nodes().stream().filter(s -> s.id().equals("a2")).findFirst().orElseThrow().passed()).isFalse();
    assertThat(e.nodes().stream().filter(s -> s.id().equals("a2")).findFirst().orElseThrow().input()).isEmpty();
    assertThat(e.text(Locale.ENGLISH)).contains("[a2] 甲二: input —").contains("missing → not applicable").contains("rescaled to the full score 100")
        .contains("→ 50.4286");
    assertThat(e.text(Locale.CHINESE)).contains("缺失 → 不适用").contains("按满分 100 折算");
  }

  @Test
  void excludeIsCutAtTheFullScoreAndBonusesAndVetoesActAfterTheRescaling() {
    // 甲 raised to a floor of 60: 60 + 40 = 100 scored of a possible 70 → 142.857… cut at 100
    Ruleset floored = rules(MissingPolicy.EXCLUDE).build();
    Indicator a = floored.indicators().get(0).withFloor(of(60));
    Ruleset r = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .totalCap(of(100)).rescaleRounding(Rounding.HALF_UP)
        .indicator(a).indicator(floored.indicators().get(1))
        .input(InputSpec.of("honours", "上级表彰")).input(InputSpec.of("incident", "重大事故"))
        .bonus(floored.bonuses().get(0)).veto(floored.vetoes().get(0))
        .grade(Grade.atLeast("good", "良好", of(80)))
        .build();
    InputColumns.Builder b = unit(unit(inputs(), C1, of(100), null, of(100)), C2, of(50), null, of(50));
    b.set(HONOURS, TREE.require(C1), of(3));
    b.set(HONOURS, TREE.require(C2), of(2));
    b.set(INCIDENT, TREE.require(C2), of(1));
    Assessment x = run(r, b.build());
    assertThat(x.total(C1)).isEqualTo(of(103)); // 100 after the cut, then the bonus outside the cap
    assertThat(x.total(C2)).isZero(); // the zeroing veto
  }

  @Test
  void everythingExcludedScoresZeroBeforeBonusesAndGetsNoGrade() {
    Ruleset r = rules(MissingPolicy.EXCLUDE).build();
    // the declared inputs cannot be excluded: give them their own policy
    Ruleset.Builder rb = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .totalCap(of(100)).rescaleRounding(Rounding.HALF_UP).missing(MissingPolicy.EXCLUDE);
    r.indicators().forEach(rb::indicator);
    r.inputs().forEach(i -> rb.input(i.withMissing(MissingPolicy.ZERO)));
    r.bonuses().forEach(rb::bonus);
    r.grades().forEach(rb::grade);
    InputColumns.Builder b = inputs();
    b.set(HONOURS, TREE.require(C1), of(2));
    unit(b, C2, of(100), of(100), of(100));
    Assessment a = run(rb.build(), b.build());
    assertThat(a.total(C1)).isEqualTo(of(2));
    assertThat(a.grade(C1)).isEmpty();
    assertThat(a.disqualifiedForMissing(C1)).isTrue();
    assertThat(a.explain(C1).text(Locale.ENGLISH)).contains("nothing is left to assess");
    assertThat(a.total(C2)).isEqualTo(of(100));
    assertThat(a.grade(C2).orElseThrow().id().value()).isEqualTo("good");
  }

  @Test
  void aCategoryPolicyIsItsSubItemsDefaultAndTheRulesetsDefaultTheRest() {
    Ruleset base = rules(MissingPolicy.ZERO).build();
    Indicator a = base.indicators().get(0);
    Indicator aDisq = a.withMissing(MissingPolicy.DISQUALIFY)
        .withChildren(List.of(a.children().get(0), a.children().get(1).withMissing(MissingPolicy.REFUSE)));
    Ruleset.Builder rb = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .missing(MissingPolicy.EXCLUDE).rescaleRounding(Rounding.HALF_UP)
        .indicator(Indicator.category("a", "甲", of(60), List.of(aDisq.children().get(0), aDisq.children().get(1)))
            .withMissing(MissingPolicy.DISQUALIFY))
        .indicator(base.indicators().get(1))
        .input(InputSpec.of("honours", "上级表彰").withMissing(MissingPolicy.ZERO))
        .input(InputSpec.of("incident", "重大事故").withMissing(MissingPolicy.REFUSE));
    CompiledRuleset c = CompiledRuleset.compile(rb.build());
    assertThat(c.missingPolicy(A1)).isEqualTo(MissingPolicy.DISQUALIFY);
    assertThat(c.missingPolicy(A2)).isEqualTo(MissingPolicy.REFUSE);
    assertThat(c.missingPolicy(B1)).isEqualTo(MissingPolicy.EXCLUDE);
    assertThat(c.missingPolicy(HONOURS)).isEqualTo(MissingPolicy.ZERO);
    assertThat(c.missingPolicy(INCIDENT)).isEqualTo(MissingPolicy.REFUSE);
  }

  @Test
  void aDistrictInheritsTheBaselinesDefaultAndRoundingUnlessItDeclaresItsOwn() {
    Ruleset city = rules(MissingPolicy.EXCLUDE).missing(MissingPolicy.DISQUALIFY).build();
    Ruleset.Builder district = Ruleset.builder("m", Fixtures.YUNGANG, 1, "区级", LocalDate.of(2024, 1, 1),
        OrgKind.COMMUNITY).parent(new RulesetRef(CITY, city.id(), 1)).totalCap(of(100));
    Ruleset inherited = RulesetResolver.resolve(district.build(), ref -> Optional.of(city));
    assertThat(inherited.missing()).contains(MissingPolicy.DISQUALIFY);
    assertThat(inherited.rescaleRounding()).contains(Rounding.HALF_UP);
    Ruleset own = RulesetResolver.resolve(
        district.missing(MissingPolicy.ZERO).rescaleRounding(Rounding.FLOOR).build(), ref -> Optional.of(city));
    assertThat(own.missing()).contains(MissingPolicy.ZERO);
    assertThat(own.rescaleRounding()).contains(Rounding.FLOOR);
    assertThat(CompiledRuleset.compile(own).missingPolicy(A2)).isEqualTo(MissingPolicy.EXCLUDE);
    assertThat(CompiledRuleset.compile(own).missingPolicy(B1)).isEqualTo(MissingPolicy.ZERO);
  }

  @Test
  void theValidatorRefusesAnExclusionWhoseRescalingIsUndefined() {
    Ruleset noRounding = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .indicator(Indicator.category("a", "甲", of(60), List.of(
            item("a1", "甲一", of(30), linear(0, of(100), of(30))).withMissing(MissingPolicy.EXCLUDE))))
        .input(InputSpec.of("honours", "表彰").withMissing(MissingPolicy.EXCLUDE))
        .build();
    assertThat(RulesetValidator.validate(noRounding)).extracting(RuleError::path, RuleError::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("inputs[0].missing", "missing.excludeInput"),
            org.assertj.core.groups.Tuple.tuple("rescaleRounding", "missing.noRescaleRounding"));
    Ruleset weighted = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .rescaleRounding(Rounding.HALF_UP).missing(MissingPolicy.EXCLUDE)
        .indicator(Indicator.category("a", "甲", of(60), List.of(
                item("a1", "甲一", of(30), linear(0, of(100), of(30))).withWeight(parse("0.5")),
                item("a2", "甲二", of(30), linear(0, of(100), of(30))).withWeight(parse("0.5"))))
            .withAggregation(Aggregation.WEIGHTED, Rounding.HALF_UP))
        .indicator(Indicator.category("z", "零", 0, List.of(item("z1", "零一", 0, linear(0, of(1), 0)))))
        .build();
    assertThat(RulesetValidator.validate(weighted)).extracting(RuleError::path, RuleError::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("indicators[0].children[0]", "missing.excludeWeighted"),
            org.assertj.core.groups.Tuple.tuple("indicators[0].children[1]", "missing.excludeWeighted"));
    Ruleset noFullScore = Ruleset.builder("m", CITY, 1, "缺失值测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .rescaleRounding(Rounding.HALF_UP).missing(MissingPolicy.EXCLUDE)
        .indicator(Indicator.category("z", "零", 0, List.of(item("z1", "零一", 0, linear(0, of(1), 0)))))
        .build();
    assertThat(RulesetValidator.validate(noFullScore)).extracting(RuleError::key).containsExactly("missing.noFullScore");
    assertThat(RulesetValidator.validate(noFullScore).get(0).message(Locale.CHINESE)).contains("满分");
  }

  @Test
  void presenceIsKeptFromMeasurementsValuesAndBitmaps() {
    int c1 = TREE.require(C1);
    int c2 = TREE.require(C2);
    InputColumns fromMeasurements = InputColumns.of(TREE, Y2024, List.of(
        new Measurement(C1, A1, Y2024, 0), new Measurement(C2, A1, org.grassroots.rules.Period.year(2023), of(1))));
    assertThat(fromMeasurements.isPresent(A1, c1)).isTrue(); // a reported 0 is present
    assertThat(fromMeasurements.isPresent(A1, c2)).isFalse(); // another period's value is not
    assertThat(fromMeasurements.isPresent(A2, c1)).isFalse(); // no column at all

    long[] values = new long[TREE.size()];
    values[c1] = of(7);
    BitSet present = new BitSet();
    present.set(c1);
    InputColumns withBits = inputs().column(A1, values, present).column(B1, new long[TREE.size()]).build();
    assertThat(withBits.isPresent(A1, c1)).isTrue();
    assertThat(withBits.isPresent(A1, c2)).isFalse();
    assertThat(withBits.isPresent(B1, c2)).isTrue(); // a whole column is present everywhere

    long[] bad = new long[TREE.size()];
    bad[c2] = of(3);
    assertThatThrownBy(() -> inputs().column(A1, bad, present))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.key()).isEqualTo("missing.valueWhereMissing");
          assertThat(e.getMessage()).contains("S1-C02").contains("a1");
        });
  }
}
