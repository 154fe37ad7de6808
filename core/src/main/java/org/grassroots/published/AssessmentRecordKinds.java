package org.grassroots.published;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.grassroots.assessment.AssessmentRecord;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (考核结果记录种类): published assessment results, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class AssessmentRecordKinds {
  private AssessmentRecordKinds() {}

  /** Prefix of the category fields of an assessment result: {@code category.<indicator>}. */
  private static final String CATEGORY = "category.";

  /** A published assessment result (已公布考核结果); owner: the unit; per period. */
  public static final RecordKind<AssessmentRecord> ASSESSMENT_RESULT =
      RecordKind.builder("assessment-result", AssessmentRecord.class)
          .id(AssessmentRecord::id).owner("unit", AssessmentRecord::unit).period(AssessmentRecord::period)
          .codec(r -> {
                RecordFields.Writer w = RecordFields.writer()
                    .put("ruleset", r.ruleset()).put("version", r.version()).put("period", r.period())
                    .put("unit", r.unit()).fixed("total", r.total()).put("grade", r.grade())
                    .list("vetoes", r.vetoes()).put("cutByQuota", r.cutByQuota());
                r.categories().forEach((c, points) -> w.fixed(CATEGORY + c.value(), points));
                return w.build();
              },
              f -> {
                ImmutableMap.Builder<IndicatorId, Long> categories = ImmutableMap.builder();
                for (Map.Entry<String, String> c : f.withPrefix(CATEGORY).entrySet()) {
                  categories.put(IndicatorId.of(c.getKey()), f.fixed(CATEGORY + c.getKey()));
                }
                return new AssessmentRecord(f.get("ruleset", RulesetId::of), f.integer("version"),
                    f.period("period"), f.get("unit", OrgUnitId::of), f.fixed("total"),
                    f.getOptional("grade", RuleId::of), f.list("vetoes", RuleId::of), f.bool("cutByQuota"),
                    categories.buildOrThrow());
              })
          .build();
}
