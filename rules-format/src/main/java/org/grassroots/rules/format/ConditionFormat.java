package org.grassroots.rules.format;

import static org.grassroots.rules.format.Vocabulary.fields;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.IndicatorId;

/**
 * The file form of each kind of condition (条件): the one key a condition object has and how it is
 * read. {@link #of} maps a model condition to its key through the condition's and the operand's
 * visitors, so a new kind of condition or operand does not compile until it has a key here — and a
 * key does not compile without its reader; {@link RulesetWriter} writes conditions through the same
 * visitors.
 */
enum ConditionFormat {
  /** {@code total: {atLeast: 60}} — the total compared with a value. */
  TOTAL("total") {
    @Override
    Condition read(Cursor c) {
      return compare(c.field(key, "operand").object(fields("comparison")), new Condition.Operand.Total());
    }
  },
  /** {@code score: {indicator: a1, atLeast: 3}} — an indicator's points compared with a value. */
  SCORE("score") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "operand").object(fields("indicatorComparison"));
      return compare(f, new Condition.Operand.Score(RulesetReader.indicatorId(f.field("indicator"))));
    }
  },
  /** {@code input: {indicator: x, above: 0}} — an input compared with a value. */
  INPUT("input") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "operand").object(fields("indicatorComparison"));
      return compare(f, new Condition.Operand.Input(RulesetReader.indicatorId(f.field("indicator"))));
    }
  },
  /** {@code present: x} — shorthand for "input x is not 0". */
  PRESENT("present") {
    @Override
    Condition read(Cursor c) {
      IndicatorId id = RulesetReader.indicatorId(c.field(key, "operand"));
      return new Condition.Compare(new Condition.Operand.Input(id), Comparison.NOT_EQUAL, 0);
    }
  },
  /** {@code everyCategory: {atLeast: 6}} — every top-level category compared with a value. */
  EVERY_CATEGORY("everyCategory") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "comparison").object(fields("comparison"));
      String op = f.exactlyOne(Vocabulary.COMPARISONS);
      long v = f.field(op, "value").fixed();
      return new Condition.EveryCategory(RulesetReader.COMPARISON.get(op), v);
    }
  },
  /** {@code allOf: [...]} — every condition holds. */
  ALL_OF("allOf") {
    @Override
    Condition read(Cursor c) {
      List<Condition> all = c.field(key, "conditions").elements(RulesetReader::condition);
      return c.build(() -> new Condition.AllOf(all));
    }
  },
  /** {@code anyOf: [...]} — at least one condition holds. */
  ANY_OF("anyOf") {
    @Override
    Condition read(Cursor c) {
      List<Condition> any = c.field(key, "conditions").elements(RulesetReader::condition);
      return c.build(() -> new Condition.AnyOf(any));
    }
  },
  /** {@code not: {...}} — the condition does not hold. */
  NOT("not") {
    @Override
    Condition read(Cursor c) {
      return new Condition.Not(RulesetReader.condition(c.field(key, "condition")));
    }
  },
  /**
   * {@code shareOf: {value: {input: present}, atLeast: 2/3, of: {input: due}}} — one value compared
   * with a fraction of another, exactly (两项比较).
   */
  SHARE_OF("shareOf") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "shareOf").object(fields("shareOf"));
      Condition.Operand value = operand(f.field("value", "operand"));
      Condition.Operand of = operand(f.field("of"));
      String op = f.exactlyOne(Vocabulary.COMPARISONS);
      Fraction share = f.field(op, "share").fraction();
      return f.build(() -> new Condition.ShareOf(value, RulesetReader.COMPARISON.get(op), share, of));
    }
  },

  /** {@code inCategory: {input: category, labels: [预备党员]}} — a categorical input is one of the labels. */
  IN_CATEGORY("inCategory") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "inCategory").object(fields("inCategory"));
      IndicatorId input = RulesetReader.indicatorId(f.field("input"));
      List<String> labels = f.field("labels").elements(Cursor::text);
      return f.build(() -> new Condition.InCategory(input, labels));
    }
  },
  /** {@code onDate: {input: registered, below: "2024-06-30"}} — a date input compared with a date. */
  ON_DATE("onDate") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "onDate").object(fields("onDate"));
      IndicatorId input = RulesetReader.indicatorId(f.field("input"));
      String op = f.exactlyOne(Vocabulary.COMPARISONS);
      java.time.LocalDate date = f.field(op, "date").date();
      return f.build(() -> new Condition.OnDate(input, RulesetReader.COMPARISON.get(op), date));
    }
  },
  /**
   * {@code periodic: {input: committee-meetings, atLeast: 1}} — an input measured per month or
   * quarter compared in every sub-period (每月至少1次); with {@code inAtLeast: 10}, in at least 10.
   */
  PERIODIC("periodic") {
    @Override
    Condition read(Cursor c) {
      Cursor f = c.field(key, "periodic").object(fields("periodic"));
      IndicatorId input = RulesetReader.indicatorId(f.field("input"));
      String op = f.exactlyOne(Vocabulary.COMPARISONS);
      long value = f.field(op, "value").fixed();
      java.util.OptionalInt inAtLeast = f.optional("inAtLeast")
          .map(x -> java.util.OptionalInt.of(x.integer())).orElse(java.util.OptionalInt.empty());
      return f.build(() -> new Condition.Periodic(input, RulesetReader.COMPARISON.get(op), value, inAtLeast));
    }
  };

  /** An operand object: exactly one of {@code total: {}}, {@code score: id}, {@code input: id}. */
  static Condition.Operand operand(Cursor c) {
    c.object(fields("operand"));
    String k = c.exactlyOne(List.of("total", "score", "input"));
    return switch (k) {
      case "total" -> {
        c.field("total").object(java.util.Set.of());
        yield new Condition.Operand.Total();
      }
      case "score" -> new Condition.Operand.Score(RulesetReader.indicatorId(c.field("score")));
      default -> new Condition.Operand.Input(RulesetReader.indicatorId(c.field("input")));
    };
  }

  /** The key of a condition object of this kind. */
  final String key;

  ConditionFormat(String key) {
    this.key = key;
  }

  /** Reads a condition of this kind from the condition object {@code c}, which has only {@link #key}. */
  abstract Condition read(Cursor c);

  /** Every kind by its key, in declaration order. */
  static final Map<String, ConditionFormat> BY_KEY;

  static {
    ImmutableMap.Builder<String, ConditionFormat> b = ImmutableMap.builder();
    for (ConditionFormat f : values()) {
      b.put(f.key, f);
    }
    BY_KEY = b.build();
  }

  private static Condition compare(Cursor f, Condition.Operand operand) {
    String op = f.exactlyOne(Vocabulary.COMPARISONS);
    long v = f.field(op, "value").fixed();
    return new Condition.Compare(operand, RulesetReader.COMPARISON.get(op), v);
  }

  /** The kind {@code c} is written as: one branch per kind of condition and of operand. */
  static ConditionFormat of(Condition c) {
    return c.accept(new Condition.Visitor<ConditionFormat>() {
      @Override
      public ConditionFormat visitCompare(Condition.Compare cmp) {
        return cmp.operand().accept(new Condition.Operand.Visitor<ConditionFormat>() {
          @Override
          public ConditionFormat visitTotal(Condition.Operand.Total o) {
            return TOTAL;
          }

          @Override
          public ConditionFormat visitScore(Condition.Operand.Score o) {
            return SCORE;
          }

          @Override
          public ConditionFormat visitInput(Condition.Operand.Input o) {
            return cmp.comparison() == Comparison.NOT_EQUAL && cmp.value() == 0 ? PRESENT : INPUT;
          }
        });
      }

      @Override
      public ConditionFormat visitEveryCategory(Condition.EveryCategory x) {
        return EVERY_CATEGORY;
      }

      @Override
      public ConditionFormat visitAllOf(Condition.AllOf x) {
        return ALL_OF;
      }

      @Override
      public ConditionFormat visitAnyOf(Condition.AnyOf x) {
        return ANY_OF;
      }

      @Override
      public ConditionFormat visitNot(Condition.Not x) {
        return NOT;
      }

      @Override
      public ConditionFormat visitShareOf(Condition.ShareOf x) {
        return SHARE_OF;
      }

      @Override
      public ConditionFormat visitInCategory(Condition.InCategory x) {
        return IN_CATEGORY;
      }

      @Override
      public ConditionFormat visitOnDate(Condition.OnDate x) {
        return ON_DATE;
      }

      @Override
      public ConditionFormat visitPeriodic(Condition.Periodic x) {
        return PERIODIC;
      }
    });
  }
}
