package org.grassroots.rules.format;

import static org.grassroots.rules.format.RulesetWriter.NODES;
import static org.grassroots.rules.format.RulesetWriter.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.grassroots.rules.Condition;

/**
 * Writes conditions (条件) to the file tree {@link RulesetReader} reads back: the one key of each
 * condition's {@link ConditionFormat}, through the condition's and the operand's visitors.
 */
final class ConditionWriter {
  private ConditionWriter() {}

  /** A condition's object: the one key of its {@link ConditionFormat}, through the condition's visitor. */
  static ObjectNode condition(Condition c) {
    ObjectNode o = NODES.objectNode();
    String key = ConditionFormat.of(c).key;
    c.accept(new Condition.Visitor<Void>() {
      @Override
      public Void visitCompare(Condition.Compare cmp) {
        cmp.operand().accept(new Condition.Operand.Visitor<Void>() {
          @Override
          public Void visitTotal(Condition.Operand.Total t) {
            o.putObject(key).set(Cursor.camel(cmp.comparison()), number(cmp.value()));
            return null;
          }

          @Override
          public Void visitScore(Condition.Operand.Score s) {
            indicatorComparison(s.indicator().value());
            return null;
          }

          @Override
          public Void visitInput(Condition.Operand.Input in) {
            if (key.equals(ConditionFormat.PRESENT.key)) {
              o.put(key, in.input().value());
            } else {
              indicatorComparison(in.input().value());
            }
            return null;
          }

          private void indicatorComparison(String indicator) {
            ObjectNode x = o.putObject(key);
            x.put("indicator", indicator);
            x.set(Cursor.camel(cmp.comparison()), number(cmp.value()));
          }
        });
        return null;
      }

      @Override
      public Void visitEveryCategory(Condition.EveryCategory e) {
        o.putObject(key).set(Cursor.camel(e.comparison()), number(e.value()));
        return null;
      }

      @Override
      public Void visitAllOf(Condition.AllOf all) {
        ArrayNode a = o.putArray(key);
        all.conditions().forEach(x -> a.add(condition(x)));
        return null;
      }

      @Override
      public Void visitAnyOf(Condition.AnyOf any) {
        ArrayNode a = o.putArray(key);
        any.conditions().forEach(x -> a.add(condition(x)));
        return null;
      }

      @Override
      public Void visitNot(Condition.Not not) {
        o.set(key, condition(not.condition()));
        return null;
      }

      @Override
      public Void visitInCategory(Condition.InCategory in) {
        ObjectNode x = o.putObject(key);
        x.put("input", in.input().value());
        ArrayNode a = x.putArray("labels");
        in.labels().forEach(a::add);
        return null;
      }

      @Override
      public Void visitOnDate(Condition.OnDate d) {
        ObjectNode x = o.putObject(key);
        x.put("input", d.input().value());
        x.put(Cursor.camel(d.comparison()), d.date().toString());
        return null;
      }

      @Override
      public Void visitPeriodic(Condition.Periodic p) {
        ObjectNode x = o.putObject(key);
        x.put("input", p.input().value());
        x.set(Cursor.camel(p.comparison()), number(p.value()));
        p.inAtLeast().ifPresent(k -> x.put("inAtLeast", k));
        return null;
      }

      @Override
      public Void visitShareOf(Condition.ShareOf s) {
        ObjectNode x = o.putObject(key);
        x.set("value", operand(s.operand()));
        x.put(Cursor.camel(s.comparison()), s.share().toString());
        x.set("of", operand(s.of()));
        return null;
      }
    });
    return o;
  }

  /** An operand object: {@code total: {}}, {@code score: id} or {@code input: id}. */
  private static ObjectNode operand(Condition.Operand operand) {
    ObjectNode o = NODES.objectNode();
    operand.accept(new Condition.Operand.Visitor<Void>() {
      @Override
      public Void visitTotal(Condition.Operand.Total t) {
        o.putObject("total");
        return null;
      }

      @Override
      public Void visitScore(Condition.Operand.Score sc) {
        o.put("score", sc.indicator().value());
        return null;
      }

      @Override
      public Void visitInput(Condition.Operand.Input in) {
        o.put("input", in.input().value());
        return null;
      }
    });
    return o;
  }
}
