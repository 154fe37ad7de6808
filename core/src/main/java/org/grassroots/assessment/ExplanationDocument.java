package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.input.Messages;
import org.grassroots.rules.Fixed;

/**
 * An {@link Explanation} (评分说明) as a document of plain values — ordered maps, lists, strings,
 * decimals, integers, booleans and nulls — for the library's JSON modules (Jackson 2 and 3 write the
 * same document): every number a decimal ({@code "total": 97.7143}), every id a string, every fact
 * and the whole text in the requested locale. Step fields keep the record's names ({@code raw},
 * {@code value}, {@code floor}, {@code cap}, {@code input}); a veto's or grade's {@code value} is 1
 * or 0 (held or not), as in the record.
 */
public final class ExplanationDocument {
  private ExplanationDocument() {}

  /** The document of {@code e}, its texts in {@code in}. */
  public static Map<String, Object> of(Explanation e, Locale in) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("unit", e.unit().value());
    Map<String, Object> ruleset = new LinkedHashMap<>();
    ruleset.put("district", e.ruleset().district().value());
    ruleset.put("id", e.ruleset().id().value());
    ruleset.put("version", e.ruleset().version());
    d.put("ruleset", ruleset);
    d.put("rulesetName", e.rulesetName());
    d.put("period", e.period().toString());
    d.put("total", Fixed.toDecimal(e.total()));
    if (e.grade().isPresent()) {
      d.put("grade", e.grade().get().value());
      d.put("gradeName", e.gradeName());
    } else {
      d.put("grade", null);
    }
    d.put("steps", steps(e.nodes(), in, false));
    d.put("bonuses", steps(e.bonuses(), in, false));
    d.put("vetoes", steps(e.vetoes(), in, true));
    d.put("grades", steps(e.grades(), in, true));
    d.put("exemptions", steps(e.exemptions(), in, true)); // 免于考核: tried up to the one that held
    d.put("notAssessed", e.notAssessed());
    List<Object> missing = new ArrayList<>();
    for (Explanation.MissingInput m : e.missing()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", m.id());
      one.put("name", m.name());
      one.put("policy", m.policy().name());
      one.put("policyText", Messages.label(in, m.policy()));
      missing.add(one);
    }
    d.put("missing", missing);
    if (e.rescaling().isPresent()) {
      Explanation.Rescaling r = e.rescaling().get();
      Map<String, Object> rescaling = new LinkedHashMap<>();
      rescaling.put("scored", Fixed.toDecimal(r.scored()));
      rescaling.put("fullScore", Fixed.toDecimal(r.fullScore()));
      rescaling.put("excluded", Fixed.toDecimal(r.excluded()));
      rescaling.put("rounding", r.rounding().name());
      rescaling.put("cut", Fixed.toDecimal(r.cut()));
      rescaling.put("value", Fixed.toDecimal(r.value()));
      d.put("rescaling", rescaling);
    }
    d.put("text", e.text(in));
    return d;
  }

  private static List<Object> steps(List<Explanation.Step> steps, Locale in, boolean rule) {
    List<Object> out = new ArrayList<>();
    for (Explanation.Step s : steps) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("kind", s.kind().name());
      d.put("id", s.id());
      d.put("name", s.name());
      d.put("depth", s.depth());
      if (s.input().isPresent()) {
        d.put("input", Fixed.toDecimal(s.input().getAsLong()));
      }
      if (!s.method().isEmpty()) {
        d.put("method", s.method());
      }
      List<Object> facts = new ArrayList<>();
      for (Explanation.Fact f : s.facts()) {
        facts.add(f.text(in));
      }
      d.put("facts", facts);
      if (!s.contributions().isEmpty()) {
        List<Object> contributions = new ArrayList<>();
        for (Explanation.Contribution c : s.contributions()) {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("id", c.id());
          one.put("points", Fixed.toDecimal(c.points()));
          one.put("weight", Fixed.toDecimal(c.weight()));
          contributions.add(one);
        }
        d.put("contributions", contributions);
      }
      s.aggregation().ifPresent(a -> d.put("aggregation", a.name()));
      s.rounding().ifPresent(r -> d.put("rounding", r.name()));
      optional(d, "floor", s.floor());
      optional(d, "cap", s.cap());
      if (rule) {
        d.put("value", s.value()); // 1 held, 0 not: a flag, not points
      } else {
        d.put("raw", Fixed.toDecimal(s.raw()));
        d.put("value", Fixed.toDecimal(s.value()));
      }
      d.put("passed", s.passed());
      out.add(d);
    }
    return out;
  }

  private static void optional(Map<String, Object> d, String name, Optional<Long> value) {
    value.ifPresent(v -> d.put(name, Fixed.toDecimal(v)));
  }
}
