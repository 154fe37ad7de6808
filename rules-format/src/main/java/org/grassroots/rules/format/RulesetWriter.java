package org.grassroots.rules.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Uncapped;
import org.grassroots.rules.Veto;

/**
 * Turns a {@link Ruleset} into the file tree that {@link RulesetReader} reads back to an equal
 * ruleset. Numbers are written as exact decimals ({@code 89.995}, {@code 4}); defaults the reader
 * supplies (weight 0, sum, half-up where nothing divides, empty lists) are left out.
 */
final class RulesetWriter {
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private RulesetWriter() {}

  static ObjectNode ruleset(Ruleset r) {
    ObjectNode o = NODES.objectNode();
    o.put("id", r.id().value());
    o.put("district", r.district().value());
    o.put("version", r.version());
    o.put("name", r.name());
    o.put("effectiveFrom", r.effectiveFrom().toString());
    r.effectiveUntil().ifPresent(d -> o.put("effectiveUntil", d.toString()));
    r.period().ifPresent(k -> o.put("period", Cursor.camel(k)));
    r.parent().ifPresent(p -> {
      ObjectNode ref = o.putObject("parent");
      ref.put("district", p.district().value());
      ref.put("id", p.id().value());
      ref.put("version", p.version());
    });
    o.put("subjectKind", r.subjectKind().code());
    aggregation(o, r.aggregation(), r.rounding());
    r.totalCap().ifPresent(c -> o.set("totalCap", number(c)));
    if (r.pointsMustAddUp()) {
      o.put("pointsMustAddUp", true);
    }
    r.missing().ifPresent(m -> o.put("missing", Cursor.camel(m)));
    r.rescaleRounding().ifPresent(x -> o.put("rescaleRounding", Cursor.camel(x)));
    list(o, "indicators", r.indicators(), RulesetWriter::indicator);
    list(o, "inputs", r.inputs(), RulesetWriter::input);
    list(o, "bonuses", r.bonuses(), RulesetWriter::bonus);
    list(o, "vetoes", r.vetoes(), RulesetWriter::veto);
    list(o, "gates", r.gates(), RulesetWriter::gate);
    list(o, "grades", r.grades(), RulesetWriter::grade);
    list(o, "quotas", r.quotas(), RulesetWriter::quota);
    list(o, "exemptions", r.exemptions(), RulesetWriter::exemption);
    if (!r.removed().isEmpty()) {
      ArrayNode a = o.putArray("removed");
      r.removed().forEach(a::add);
    }
    return o;
  }

  private static void aggregation(ObjectNode o, Aggregation aggregation, Rounding rounding) {
    if (aggregation != Aggregation.SUM) {
      o.put("aggregation", Cursor.camel(aggregation));
    }
    if (aggregation != Aggregation.SUM || rounding != Rounding.HALF_UP) {
      o.put("rounding", Cursor.camel(rounding));
    }
  }

  static <T> void list(ObjectNode o, String name, List<T> items, java.util.function.Function<T, ObjectNode> w) {
    if (!items.isEmpty()) {
      ArrayNode a = o.putArray(name);
      items.forEach(i -> a.add(w.apply(i)));
    }
  }

  static com.fasterxml.jackson.databind.JsonNode number(long fixed) {
    java.math.BigDecimal d = Fixed.toBigDecimal(fixed).stripTrailingZeros();
    return NODES.numberNode(d.scale() < 0 ? d.setScale(0) : d);
  }

  private static ObjectNode indicator(Indicator i) {
    ObjectNode o = NODES.objectNode();
    o.put("id", i.id().value());
    o.put("name", i.name());
    o.set("points", number(i.points()));
    if (i.weight() != 0) {
      o.set("weight", number(i.weight()));
    }
    i.method().ifPresent(m -> o.set("method", method(m)));
    list(o, "children", i.children(), RulesetWriter::indicator);
    aggregation(o, i.aggregation(), i.rounding());
    i.floor().ifPresent(f -> o.set("floor", number(f)));
    i.cap().ifPresent(c -> o.set("cap", number(c)));
    i.missing().ifPresent(m -> o.put("missing", Cursor.camel(m)));
    return o;
  }

  private static ObjectNode input(InputSpec in) {
    ObjectNode o = NODES.objectNode();
    o.put("id", in.id().value());
    o.put("name", in.name());
    in.missing().ifPresent(m -> o.put("missing", Cursor.camel(m)));
    in.kind().accept(new InputKind.Visitor<Void>() {
      @Override
      public Void visitNumber(InputKind.Number k) {
        return null; // the default
      }

      @Override
      public Void visitCategorical(InputKind.Categorical k) {
        o.put("kind", "category");
        ArrayNode a = o.putArray("categories");
        k.categories().forEach(c -> a.addObject().put("code", c.code()).put("label", c.label()));
        return null;
      }

      @Override
      public Void visitDate(InputKind.Date k) {
        o.put("kind", "date");
        return null;
      }
    });
    in.per().ifPresent(per -> o.put("per", Cursor.camel(per)));
    return o;
  }

  /** A method's object: its {@code type}, then its fields, through the method's visitor. */
  static ObjectNode method(ScoringMethod m) {
    ObjectNode o = NODES.objectNode();
    o.put("type", MethodFormat.of(m).type);
    m.accept(new ScoringMethod.Visitor<Void>() {
      @Override
      public Void visitBands(ScoringMethod.Bands b) {
        bands(o, b.bands(), b.otherwise());
        return null;
      }

      @Override
      public Void visitLinear(ScoringMethod.Linear l) {
        o.set("x0", number(l.x0()));
        o.set("y0", number(l.y0()));
        o.set("x1", number(l.x1()));
        o.set("y1", number(l.y1()));
        o.put("rounding", Cursor.camel(l.rounding()));
        return null;
      }

      @Override
      public Void visitRatioToTarget(ScoringMethod.RatioToTarget t) {
        target(o, t.target(), t.targetInput());
        o.set("points", number(t.points()));
        o.set("maxRatio", number(t.maxRatio()));
        if (t.whenNoTarget() != 0) {
          o.set("whenNoTarget", number(t.whenNoTarget()));
        }
        o.put("rounding", Cursor.camel(t.rounding()));
        return null;
      }

      @Override
      public Void visitCountTimesPoints(ScoringMethod.CountTimesPoints c) {
        o.set("each", number(c.each()));
        o.set("cap", number(c.cap()));
        o.put("rounding", Cursor.camel(c.rounding()));
        return null;
      }

      @Override
      public Void visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence d) {
        o.set("start", number(d.start()));
        o.set("each", number(d.each()));
        o.set("floor", number(d.floor()));
        o.put("rounding", Cursor.camel(d.rounding()));
        return null;
      }

      @Override
      public Void visitYesNo(ScoringMethod.YesNo y) {
        o.set("ifYes", number(y.yes()));
        if (y.no() != 0) {
          o.set("ifNo", number(y.no()));
        }
        return null;
      }

      @Override
      public Void visitPeerGroupBands(ScoringMethod.PeerGroupBands g) {
        o.put("groupKind", g.groupKind().code());
        o.put("basis", Cursor.camel(g.basis()));
        o.put("higherIsBetter", g.higherIsBetter());
        ArrayNode a = o.putArray("bands");
        for (ScoringMethod.ShareBand s : g.bands()) {
          ObjectNode so = a.addObject();
          so.set("share", number(s.share()));
          so.set("points", number(s.points()));
          if (!s.label().isEmpty()) {
            so.put("label", s.label());
          }
        }
        if (g.otherwise() != 0) {
          o.set("otherwise", number(g.otherwise()));
        }
        o.put("groupSizeRounding", Cursor.camel(g.groupSizeRounding()));
        o.set("tieBreak", tieBreak(g.tieBreak()));
        return null;
      }

      @Override
      public Void visitCarryOver(ScoringMethod.CarryOver c) {
        o.set("share", number(c.share()));
        o.put("rounding", Cursor.camel(c.rounding()));
        return null;
      }

      @Override
      public Void visitLimited(ScoringMethod.Limited l) {
        o.set("inner", method(l.inner()));
        l.floor().ifPresent(f -> o.set("floor", number(f)));
        l.cap().ifPresent(c -> o.set("cap", number(c)));
        return null;
      }

      @Override
      public Void visitSum(ScoringMethod.Sum s) {
        ArrayNode a = o.putArray("parts");
        s.parts().forEach(p -> a.add(method(p)));
        return null;
      }

      @Override
      public Void visitAsEntered(ScoringMethod.AsEntered a) {
        o.put("ceiling", Cursor.camel(a.ceiling()));
        return null;
      }

      @Override
      public Void visitConstant(ScoringMethod.Constant c) {
        o.set("points", number(c.points()));
        return null;
      }

      @Override
      public Void visitRateBands(ScoringMethod.RateBands r) {
        o.put("denominator", r.denominator().value());
        bands(o, r.bands(), r.otherwise());
        o.set("whenNoDenominator", number(r.whenNoDenominator()));
        return null;
      }

      @Override
      public Void visitUncappedCount(Uncapped.Count c) {
        o.set("each", number(c.each()));
        o.put("rounding", Cursor.camel(c.rounding()));
        return null;
      }

      @Override
      public Void visitUncappedDeduction(Uncapped.Deduction d) {
        o.set("start", number(d.start()));
        o.set("each", number(d.each()));
        o.put("rounding", Cursor.camel(d.rounding()));
        return null;
      }

      @Override
      public Void visitByCategory(ScoringMethod.ByCategory b) {
        ArrayNode a = o.putArray("categories");
        b.categories().forEach(c -> a.addObject().put("code", c.category().code()).put("label", c.category().label())
            .set("points", number(c.points())));
        if (b.otherwise() != 0) {
          o.set("otherwise", number(b.otherwise()));
        }
        return null;
      }

      @Override
      public Void visitUncappedRatio(Uncapped.Ratio t) {
        target(o, t.target(), t.targetInput());
        o.set("points", number(t.points()));
        if (t.whenNoTarget() != 0) {
          o.set("whenNoTarget", number(t.whenNoTarget()));
        }
        o.put("rounding", Cursor.camel(t.rounding()));
        return null;
      }
    });
    return o;
  }

  private static void bands(ObjectNode o, List<ScoringMethod.Band> bands, long otherwise) {
    ArrayNode a = o.putArray("bands");
    for (ScoringMethod.Band band : bands) {
      ObjectNode bo = a.addObject();
      band.lower().ifPresent(l -> bo.set(l.boundary() == Boundary.INCLUSIVE ? "atLeast" : "above", number(l.value())));
      band.upper().ifPresent(u -> bo.set(u.boundary() == Boundary.INCLUSIVE ? "atMost" : "below", number(u.value())));
      bo.set("points", number(band.points()));
      if (!band.label().isEmpty()) {
        bo.put("label", band.label());
      }
    }
    if (otherwise != 0) {
      o.set("otherwise", number(otherwise));
    }
  }

  /** A ratio's target: the constant (left out when a target input gives it and it is 0) and the input. */
  private static void target(ObjectNode o, long target, java.util.Optional<IndicatorId> targetInput) {
    if (targetInput.isEmpty() || target != 0) {
      o.set("target", number(target));
    }
    targetInput.ifPresent(x -> o.put("targetInput", x.value()));
  }

  private static ObjectNode tieBreak(TieBreak t) {
    ObjectNode o = NODES.objectNode();
    o.put("mode", Cursor.camel(t.mode()));
    t.secondKey().ifPresent(k -> o.put("secondKey", k.value()));
    return o;
  }

  private static ObjectNode bonus(Bonus b) {
    ObjectNode o = NODES.objectNode();
    o.put("id", b.id().value());
    o.put("name", b.name());
    o.put("input", b.input().value());
    o.set("method", method(b.method()));
    return o;
  }

  static ObjectNode veto(Veto v) {
    ObjectNode o = NODES.objectNode();
    o.put("id", v.id().value());
    o.put("name", v.name());
    o.set("when", condition(v.when()));
    o.put("effect", Cursor.camel(v.effect()));
    if (!v.grades().isEmpty()) {
      ArrayNode a = o.putArray("grades");
      v.grades().forEach(g -> a.add(g.value()));
    }
    return o;
  }

  static ObjectNode gate(Gate g) {
    ObjectNode o = NODES.objectNode();
    o.put("id", g.id().value());
    o.put("name", g.name());
    o.set("condition", condition(g.condition()));
    return o;
  }

  static ObjectNode grade(Grade g) {
    ObjectNode o = NODES.objectNode();
    o.put("id", g.id().value());
    o.put("name", g.name());
    g.minTotal().ifPresent(b -> o.set(b.boundary() == Boundary.INCLUSIVE ? "atLeast" : "above", number(b.value())));
    if (!g.gates().isEmpty()) {
      ArrayNode a = o.putArray("gates");
      g.gates().forEach(x -> a.add(x.value()));
    }
    return o;
  }

  private static ObjectNode quota(Quota q) {
    ObjectNode o = NODES.objectNode();
    o.put("id", q.id().value());
    o.put("grade", q.grade().value());
    q.groupKind().ifPresent(k -> o.put("groupKind", k.code()));
    q.maxShare().ifPresent(s -> o.set("maxShare", s.denominator() == Fixed.ONE ? number(s.numerator())
        : NODES.textNode(s.toString()))); // an exact fraction as written, "1/3"
    q.maxCount().ifPresent(n -> o.put("maxCount", n));
    o.put("rounding", Cursor.camel(q.rounding()));
    o.set("tieBreak", tieBreak(q.tieBreak()));
    if (q.counting() != Quota.Counting.THIS_GRADE) {
      o.put("counting", Cursor.camel(q.counting()));
    }
    q.base().ifPresent(b -> o.put("base", b.value()));
    if (q.enforcement() != Quota.Enforcement.CUT) {
      o.put("enforcement", Cursor.camel(q.enforcement()));
    }
    return o;
  }

  private static ObjectNode exemption(Exemption e) {
    ObjectNode o = NODES.objectNode();
    o.put("id", e.id().value());
    o.put("name", e.name());
    o.set("when", condition(e.when()));
    return o;
  }

  /** A condition's object: the one key of its {@link ConditionFormat} ({@link ConditionWriter}). */
  static ObjectNode condition(Condition c) {
    return ConditionWriter.condition(c);
  }
}
