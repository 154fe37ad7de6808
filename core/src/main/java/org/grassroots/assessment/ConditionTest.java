package org.grassroots.assessment;

import java.util.Map;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.SubPeriod;
import org.grassroots.rules.IndicatorId;

/**
 * A condition of a gate, veto or exemption (条件判定), decided for a range of {@link Units} at a
 * time by {@link #column}: a column run passes every assessed unit, an explanation its one unit with
 * a recording tracer, which records each comparison — the same code either way. The comparisons,
 * every-category and all/any/not decide over the whole range in loops over primitive columns; the
 * other conditions decide unit by unit through {@link #test} ({@code pos} the unit's position in the
 * input columns, {@code at} its index in the {@link Frame}). With {@link Trace#OFF} a condition may
 * skip work that cannot change the result; with a recording tracer every part is shown.
 *
 * <p>{@link #compile} dispatches by the condition's visitor: a new kind of condition does not
 * compile until it has a test here.
 */
abstract sealed class ConditionTest
    permits ConditionTest.Compare, ConditionTest.EveryCategory, ConditionTest.All, ConditionTest.Not,
        ConditionTest.ShareOf, ConditionTest.InCategory, ConditionTest.OnDate, ConditionTest.Periodic {

  /** The condition for one unit; the conditions decided by column answer through {@link #column}. */
  abstract boolean test(int pos, int at, RunState st, Frame f, Trace t);

  /**
   * Decides the condition for every unit of {@code u} into {@code held[i - u.from()]}; facts go to
   * {@code t} (a recording tracer is given one unit). Unless overridden, unit by unit through {@link #test}.
   */
  void column(Units u, RunState st, Frame f, boolean[] held, Trace t) {
    for (int i = u.from(); i < u.to(); i++) {
      int pos = u.pos()[i];
      held[i - u.from()] = test(pos, pos - u.shift(), st, f, t);
    }
  }

  /** {@link #column} over the one unit at {@code pos}, whose frame index is {@code at}. */
  final boolean oneUnit(int pos, int at, RunState st, Frame f, Trace t) {
    boolean[] held = new boolean[1];
    column(new Units(new int[] {pos}, 0, 1, pos - at), st, f, held, t);
    return held[0];
  }

  /**
   * Compiles {@code c}.
   *
   * @param nodeOf the node of every indicator id
   * @param slotOf the input slot of every input id
   * @param topCategories the nodes of the top-level categories
   * @param nodeIds the id of every node (for the trace)
   */
  static ConditionTest compile(Condition c, Map<IndicatorId, Integer> nodeOf, Map<IndicatorId, Integer> slotOf,
      int[] topCategories, String[] nodeIds) {
    return compile(c, nodeOf, slotOf, topCategories, nodeIds, Map.of());
  }

  /** Like {@link #compile(Condition, Map, Map, int[], String[])}, with the declared inputs. */
  static ConditionTest compile(Condition c, Map<IndicatorId, Integer> nodeOf, Map<IndicatorId, Integer> slotOf,
      int[] topCategories, String[] nodeIds, Map<IndicatorId, InputSpec> inputs) {
    Condition.Operand.Visitor<Value> operands = new Condition.Operand.Visitor<>() {
      @Override
      public Value visitTotal(Condition.Operand.Total o) {
        return new Value(-1, -1, "total");
      }

      @Override
      public Value visitScore(Condition.Operand.Score o) {
        return new Value(nodeOf.get(o.indicator()), -1, o.indicator().value());
      }

      @Override
      public Value visitInput(Condition.Operand.Input o) {
        return new Value(-1, slotOf.get(o.input()), o.input().value());
      }
    };
    return c.accept(new Condition.Visitor<ConditionTest>() {
      @Override
      public ConditionTest visitCompare(Condition.Compare cmp) {
        Value v = cmp.operand().accept(operands);
        return new Compare(v.node, v.slot, v.what, cmp.comparison(), cmp.value());
      }

      @Override
      public ConditionTest visitInCategory(Condition.InCategory in) {
        InputKind.Categorical k = (InputKind.Categorical) inputs.get(in.input()).kind(); // the validator checked it
        long[] codes = in.labels().stream().mapToLong(l -> k.byLabel(l).orElseThrow().value()).toArray();
        return new InCategory(slotOf.get(in.input()), in.input().value(), codes, String.join("、", in.labels()));
      }

      @Override
      public ConditionTest visitOnDate(Condition.OnDate d) {
        return new OnDate(slotOf.get(d.input()), d.input().value(), d.comparison(), d.date());
      }

      @Override
      public ConditionTest visitPeriodic(Condition.Periodic p) {
        SubPeriod per = inputs.get(p.input()).per().orElseThrow(); // the validator checked it
        return new Periodic(slotOf.get(p.input()), p, per);
      }

      @Override
      public ConditionTest visitShareOf(Condition.ShareOf s) {
        return new ShareOf(s.operand().accept(operands), s.comparison(), s.share(), s.of().accept(operands));
      }

      @Override
      public ConditionTest visitEveryCategory(Condition.EveryCategory e) {
        return new EveryCategory(topCategories, nodeIds, e.comparison(), e.value());
      }

      @Override
      public ConditionTest visitAllOf(Condition.AllOf all) {
        return new All(all.conditions().stream().map(x -> x.accept(this)).toArray(ConditionTest[]::new), true);
      }

      @Override
      public ConditionTest visitAnyOf(Condition.AnyOf any) {
        return new All(any.conditions().stream().map(x -> x.accept(this)).toArray(ConditionTest[]::new), false);
      }

      @Override
      public ConditionTest visitNot(Condition.Not not) {
        return new Not(not.condition().accept(this));
      }
    });
  }

  /** A comparison of the total (node and slot -1), a node's points or an input. */
  static final class Compare extends ConditionTest {
    private final int node;
    private final int slot;
    private final String what;
    private final Comparison comparison;
    private final long value;

    Compare(int node, int slot, String what, Comparison comparison, long value) {
      this.node = node;
      this.slot = slot;
      this.what = what;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      return oneUnit(pos, at, st, f, t);
    }

    @Override
    void column(Units u, RunState st, Frame f, boolean[] held, Trace t) {
      boolean input = node < 0 && slot >= 0;
      long[] values = node >= 0 ? f.scores[node] : input ? st.in[slot] : f.total;
      compare(values, input ? 0 : u.shift(), u, comparison, value, held);
      if (t.on()) {
        for (int i = u.from(); i < u.to(); i++) {
          long v = values[u.pos()[i] - (input ? 0 : u.shift())];
          t.fact("assessment.trace.compare", what, v, comparison.symbol(), value, Trace.yes(held[i - u.from()]));
        }
      }
    }
  }

  /** Every top-level category's points compared. */
  static final class EveryCategory extends ConditionTest {
    private final int[] tops;
    private final String[] nodeIds;
    private final Comparison comparison;
    private final long value;

    EveryCategory(int[] tops, String[] nodeIds, Comparison comparison, long value) {
      this.tops = tops;
      this.nodeIds = nodeIds;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      return oneUnit(pos, at, st, f, t);
    }

    /** Unit by unit over the range, every top-level category's column read in the one pass. */
    @Override
    void column(Units u, RunState st, Frame f, boolean[] held, Trace t) {
      Admitted admitted = Admitted.by(comparison, value);
      long[][] columns = new long[tops.length][];
      for (int k = 0; k < tops.length; k++) {
        columns[k] = f.scores[tops[k]];
      }
      int[] pos = u.pos();
      for (int i = u.from(); i < u.to(); i++) {
        int at = pos[i] - u.shift();
        boolean all = true;
        for (long[] column : columns) {
          all &= admitted.test(column[at]);
        }
        held[i - u.from()] = all;
        if (t.on()) {
          for (int top : tops) {
            long v = f.scores[top][at];
            t.fact("assessment.trace.compare", nodeIds[top], v, comparison.symbol(), value, Trace.yes(admitted.test(v)));
          }
        }
      }
    }
  }

  /** All of the parts ({@code all}) or any of them. */
  static final class All extends ConditionTest {
    private final ConditionTest[] parts;
    private final boolean all;

    All(ConditionTest[] parts, boolean all) {
      this.parts = parts;
      this.all = all;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      return oneUnit(pos, at, st, f, t);
    }

    /**
     * Part by part: with {@link Trace#OFF} each part decides only the units the parts before left
     * undecided (true so far for all, false so far for any); with a recording tracer every part is
     * shown.
     */
    @Override
    void column(Units u, RunState st, Frame f, boolean[] held, Trace t) {
      java.util.Arrays.fill(held, 0, u.size(), all);
      Units open = u;
      int[] index = null; // index of open's units in u, when narrowed
      for (ConditionTest p : parts) {
        if (open.size() == 0) {
          break;
        }
        boolean[] part = new boolean[open.size()];
        p.column(open, st, f, part, t);
        for (int k = 0; k < part.length; k++) {
          int i = index == null ? k : index[k];
          held[i] = all ? held[i] & part[k] : held[i] | part[k];
        }
        if (!t.on()) {
          int m = 0;
          int[] next = new int[u.size()];
          int[] kept = new int[u.size()];
          int[] pos = u.pos();
          int from = u.from();
          for (int k = 0; k < part.length; k++) { // kept without a branch: written always, counted if undecided
            int i = index == null ? k : index[k];
            next[m] = i;
            kept[m] = pos[from + i];
            m += held[i] == all ? 1 : 0;
          }
          index = next;
          open = new Units(kept, 0, m, u.shift());
        }
      }
    }
  }

  /** The negation of a part. */
  static final class Not extends ConditionTest {
    private final ConditionTest inner;

    Not(ConditionTest inner) {
      this.inner = inner;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      return oneUnit(pos, at, st, f, t);
    }

    @Override
    void column(Units u, RunState st, Frame f, boolean[] held, Trace t) {
      inner.column(u, st, f, held, t);
      for (int k = 0; k < u.size(); k++) {
        held[k] = !held[k];
        if (t.on()) {
          t.fact("assessment.trace.not", Trace.yes(held[k]));
        }
      }
    }
  }

  /** {@code values[pos - shift] <comparison> value} for every unit of {@code u}, into {@code held[i - u.from()]}. */
  static void compare(long[] values, int shift, Units u, Comparison comparison, long value, boolean[] held) {
    Admitted admitted = Admitted.by(comparison, value);
    int[] pos = u.pos();
    int from = u.from();
    for (int i = from; i < u.to(); i++) {
      held[i - from] = admitted.test(values[pos[i] - shift]);
    }
  }

  /**
   * A comparison with a constant as the interval of values it admits, {@code [lo, lo + span]} (span
   * unsigned; negated for ≠), held as {@code lo} and {@code span} shifted by {@code Long.MIN_VALUE}
   * so that a signed comparison compares unsigned: one test without a branch serves all six.
   */
  record Admitted(long lo, long top, boolean negate) {
    static Admitted by(Comparison comparison, long value) {
      long lo = value;
      long span = 0;
      boolean negate = false;
      switch (comparison) {
        case AT_LEAST -> span = Long.MAX_VALUE - value;
        case ABOVE -> {
          lo = value + 1;
          span = Long.MAX_VALUE - lo;
          negate = value == Long.MAX_VALUE; // nothing is above: all values, negated
        }
        case AT_MOST -> {
          lo = Long.MIN_VALUE;
          span = value - Long.MIN_VALUE;
        }
        case BELOW -> {
          lo = Long.MIN_VALUE;
          span = value - 1 - Long.MIN_VALUE;
          negate = value == Long.MIN_VALUE; // nothing is below: all values, negated
        }
        case EQUAL -> span = 0;
        case NOT_EQUAL -> negate = true;
      }
      return new Admitted(lo, span + Long.MIN_VALUE, negate);
    }

    /** True when {@code v} stands in the comparison. */
    boolean test(long v) {
      return (v - lo + Long.MIN_VALUE <= top) != negate;
    }
  }

  /** What an operand reads: a node's points, an input slot, or the total (node and slot -1). */
  record Value(int node, int slot, String what) {
    static long read(int node, int slot, int pos, int at, RunState st, Frame f) {
      return node >= 0 ? f.scores[node][at] : slot >= 0 ? st.in[slot][pos] : f.total[at];
    }

    long read(int pos, int at, RunState st, Frame f) {
      return read(node, slot, pos, at, st, f);
    }
  }

  /** One value compared with a fraction of another, exactly (两项比较). */
  static final class ShareOf extends ConditionTest {
    private final Value operand;
    private final Comparison comparison;
    private final Fraction share;
    private final Value of;

    ShareOf(Value operand, Comparison comparison, Fraction share, Value of) {
      this.operand = operand;
      this.comparison = comparison;
      this.share = share;
      this.of = of;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      long a = operand.read(pos, at, st, f);
      long b = of.read(pos, at, st, f);
      boolean r = share.compare(a, comparison, b);
      if (t.on()) {
        t.fact("assessment.trace.shareOf", operand.what, a, comparison.symbol(), share.toString(), of.what, b,
            Trace.yes(r));
      }
      return r;
    }
  }

  /** A categorical input is one of the listed categories (属于类别); a missing value is none. */
  static final class InCategory extends ConditionTest {
    private final int slot;
    private final String what;
    private final long[] codes;
    private final String labels;

    InCategory(int slot, String what, long[] codes, String labels) {
      this.slot = slot;
      this.what = what;
      this.codes = codes;
      this.labels = labels;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      long v = st.in[slot][pos];
      boolean r = false;
      for (long c : codes) {
        r |= v == c;
      }
      if (t.on()) {
        t.fact("assessment.trace.inCategory", what, v, labels, Trace.yes(r));
      }
      return r;
    }
  }

  /** A date input compared with a date (日期条件); a missing value (0) is no date and fails. */
  static final class OnDate extends ConditionTest {
    private final int slot;
    private final String what;
    private final Comparison comparison;
    private final java.time.LocalDate date;
    private final long day;

    OnDate(int slot, String what, Comparison comparison, java.time.LocalDate date) {
      this.slot = slot;
      this.what = what;
      this.comparison = comparison;
      this.date = date;
      this.day = InputKind.dayNumber(date);
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      long v = st.in[slot][pos];
      boolean r = v > 0 && comparison.test(v, day);
      if (t.on()) {
        t.fact("assessment.trace.onDate", what, InputKind.date(v).map(Object::toString).orElse("—"),
            comparison.symbol(), date, Trace.yes(r));
      }
      return r;
    }
  }

  /**
   * An input measured per month or quarter compared in every sub-period, or in at least k of them
   * (分期条件). Reads the run's sub-period columns; the trace lists the sub-periods met and missed.
   */
  static final class Periodic extends ConditionTest {
    private final int slot;
    private final Condition.Periodic rule;
    private final SubPeriod per;

    Periodic(int slot, Condition.Periodic rule, SubPeriod per) {
      this.slot = slot;
      this.rule = rule;
      this.per = per;
    }

    @Override
    boolean test(int pos, int at, RunState st, Frame f, Trace t) {
      long[][] parts = st.sub[slot];
      Comparison cmp = rule.comparison();
      long value = rule.value();
      int met = 0;
      for (int k = 0; k < parts.length; k++) {
        if (cmp.test(parts[k][pos], value)) {
          met++;
        } else if (!t.on() && rule.inAtLeast().isEmpty()) {
          return false; // one missed sub-period decides "every"
        }
      }
      boolean r = rule.holds(met, parts.length);
      if (t.on()) {
        StringBuilder yes = new StringBuilder();
        StringBuilder no = new StringBuilder();
        java.util.List<org.grassroots.rules.Period> names = per.of(st.period);
        for (int k = 0; k < parts.length; k++) {
          long v = parts[k][pos];
          StringBuilder to = cmp.test(v, value) ? yes : no;
          to.append(to.length() == 0 ? "" : ", ").append(names.get(k)).append(" = ")
              .append(org.grassroots.rules.Fixed.format(v));
        }
        String kind = (rule.inAtLeast().isPresent() ? "atLeast." : "every.") + per.name();
        t.fact("assessment.trace.periodic." + kind, rule.input().value(), cmp.symbol(), value,
            String.valueOf(met), String.valueOf(parts.length), yes.length() == 0 ? "—" : yes.toString(),
            no.length() == 0 ? "—" : no.toString(), Trace.yes(r), String.valueOf(rule.inAtLeast().orElse(0)));
      }
      return r;
    }
  }
}
