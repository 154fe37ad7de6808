package org.grassroots.examples.springboot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.Explanation;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StorageProvider;
import org.grassroots.spring.GrassrootsAssessments;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarRatings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The district endpoints (区的接口): the tree, measurements, assessments, explanations and stars. */
@RestController
@RequestMapping("/districts/{district}")
public class DistrictController {
  private final StorageProvider storage;
  private final GrassrootsAssessments assessments;
  private final MeasurementIntake intake;

  public DistrictController(StorageProvider storage, GrassrootsAssessments assessments, MeasurementIntake intake) {
    this.storage = storage;
    this.assessments = assessments;
    this.intake = intake;
  }

  /** A unit to establish. */
  public record UnitRequest(OrgUnitId id, String kind, String name, OrgUnitId parent, LocalDate validFrom) {}

  /** One measured value, a decimal (at most four decimals; read exactly, never through double). */
  public record Value(OrgUnitId unit, IndicatorId indicator, BigDecimal value) {
    /** The value as the library's fixed point; refused naming the field when it has more than four decimals. */
    public long fixed() {
      return Fixed.of("value", Check.notNull("value", value));
    }
  }

  /** A batch of measurements of one period, logged by the host as intake {@code intakeId}. */
  public record Intake(String intakeId, List<Value> values) {}

  /** One unit's result. */
  public record UnitResult(OrgUnitId unit, BigDecimal total, RuleId grade, String gradeName) {}

  /** A district's assessment for a period. */
  public record AssessmentView(DistrictId district, RulesetId ruleset, String rulesetName, Period period,
      List<UnitResult> units) {}

  /** One unit's stars and its reward. */
  public record UnitStars(OrgUnitId unit, List<RuleId> stars, int level, Money due) {}

  /** A district's stars and rewards for a period. */
  public record StarsView(DistrictId district, RulesetId scheme, Period period, Money rewardPerStar,
      Map<RuleId, Integer> counts, long totalStars, Money totalDue, List<UnitStars> units) {}

  @PutMapping("/units")
  public Map<String, Object> establish(@PathVariable String district, @RequestHeader(value = "X-User", defaultValue = "api")
      String user, @RequestBody List<UnitRequest> units) {
    DistrictId d = DistrictId.of(district);
    List<OrgUnit> built = new ArrayList<>();
    for (UnitRequest u : Check.notNull("units", units)) {
      Check.notNull("kind", u.kind());
      built.add(OrgUnit.establish(d, u.id(), OrgKind.of(u.kind()), u.name(), u.parent(),
          u.validFrom() == null ? LocalDate.of(2024, 1, 1) : u.validFrom()));
    }
    return Map.of("established", storage.organizations().createAll(Change.of(user, "establish units", Instant.now()), built).size());
  }

  @PostMapping("/measurements/{period}")
  public Map<String, Object> measurements(@PathVariable String district, @PathVariable String period,
      @RequestHeader(value = "X-User", defaultValue = "api") String user, @RequestBody Intake body) {
    int stored = intake.submit(DistrictId.of(district), Period.parse(period), Check.notNull("body", body), user);
    return Map.of("intakeId", body.intakeId(), "stored", stored);
  }

  @GetMapping("/assessments/{period}")
  public AssessmentView assess(@PathVariable String district, @PathVariable String period,
      @RequestParam String ruleset) {
    DistrictId d = DistrictId.of(district);
    Period p = Period.parse(period);
    RulesetId id = RulesetId.of(ruleset);
    Assessment a = assessments.assess(d, id, p);
    TreeSnapshot tree = a.tree();
    List<UnitResult> units = new ArrayList<>();
    for (int pos : a.subjects()) {
      OrgUnitId unit = tree.id(pos);
      Optional<Grade> g = a.grade(unit);
      units.add(new UnitResult(unit, Fixed.toDecimal(a.total(pos)), g.map(Grade::id).orElse(null), g.map(Grade::name).orElse("")));
    }
    return new AssessmentView(d, id, a.rules().ruleset().name(), p, units);
  }

  @GetMapping("/assessments/{period}/units/{unit}/explanation")
  public Explanation explain(@PathVariable String district, @PathVariable String period, @PathVariable String unit,
      @RequestParam String ruleset) {
    return assessments.explain(DistrictId.of(district), RulesetId.of(ruleset), Period.parse(period), OrgUnitId.of(unit));
  }

  @GetMapping("/stars/{period}")
  public StarsView stars(@PathVariable String district, @PathVariable String period, @RequestParam String scheme,
      @RequestParam String rewardPerStar) {
    DistrictId d = DistrictId.of(district);
    Period p = Period.parse(period);
    Money reward = Money.parseYuan("rewardPerStar", rewardPerStar);
    StarRatings r = assessments.stars(d, RulesetId.of(scheme), p, reward);
    Map<RuleId, Integer> counts = new LinkedHashMap<>();
    r.counts().forEach((g, n) -> counts.put(g.id(), n));
    List<UnitStars> units = new ArrayList<>();
    for (OrgUnitId u : r.units()) {
      units.add(new UnitStars(u, List.copyOf(r.stars(u)), r.level(u), r.due(u)));
    }
    return new StarsView(d, RulesetId.of(scheme), p, reward, counts, r.totalStars(), r.totalDue(), units);
  }
}
