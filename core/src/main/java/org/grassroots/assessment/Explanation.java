package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Messages;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Veto;

/**
 * The exact trace of one unit's result (评分说明) — for a dispute in 述职评议: every input, the rule
 * and its version, the band matched, caps and floors applied, contributions to each category and
 * to the total, bonuses, vetoes, gates, quota cuts and the grade. Produced by running the same
 * compiled evaluator for the one unit with a tracer; {@link #recomputeTotal()} redoes the
 * arithmetic from the trace alone.
 *
 * @param unit the unit explained
 * @param ruleset the ruleset revision that produced the result
 * @param rulesetName its display name
 * @param period the period assessed
 * @param nodes one step per indicator (items and categories) in tree pre-order, then the total
 *     before bonuses (kind {@link Kind#TOTAL})
 * @param bonuses one step per bonus
 * @param vetoes one step per veto; {@code passed} means it fired
 * @param grades the grades tried, best first, up to the one given
 * @param total the final total (after bonuses and zeroing vetoes)
 * @param grade the grade given, if any
 * @param gradeName its display name, or empty
 * @param missing the inputs the unit has no value of, each with its declared policy (缺失值)
 * @param rescaling how the total before bonuses was rescaled for excluded sub-items, if any were
 * @param exemptions the exemptions tried (免于考核), up to the one that held; when one held ({@link
 *     #notAssessed()}) no veto or grade was tried
 */
public record Explanation(
    OrgUnitId unit,
    RulesetRef ruleset,
    String rulesetName,
    Period period,
    List<Step> nodes,
    List<Step> bonuses,
    List<Step> vetoes,
    List<Step> grades,
    long total,
    Optional<RuleId> grade,
    String gradeName,
    List<MissingInput> missing,
    Optional<Rescaling> rescaling,
    List<Step> exemptions) {

  public Explanation {
    exemptions = ImmutableList.copyOf(exemptions);
    missing = ImmutableList.copyOf(missing);
    nodes = ImmutableList.copyOf(nodes);
    bonuses = ImmutableList.copyOf(bonuses);
    vetoes = ImmutableList.copyOf(vetoes);
    grades = ImmutableList.copyOf(grades);
  }

  /** What a step explains. */
  public enum Kind {
    /** A sub-item scored by its method (子项). */
    ITEM,
    /** A category combining its children (大项). */
    CATEGORY,
    /** The total before bonuses (总分). */
    TOTAL,
    /** A bonus outside the cap (加分项). */
    BONUS,
    /** A veto (一票否决). */
    VETO,
    /** A grade tried (等次评定). */
    GRADE,
    /** An exemption tried (免于考核). */
    EXEMPTION
  }

  /** True when an exemption held: the unit was not assessed (免于考核), distinct from a veto and from no grade. */
  public boolean notAssessed() {
    return exemptions.stream().anyMatch(Step::passed);
  }

  /**
   * One step of the trace.
   *
   * @param kind what the step explains
   * @param id the indicator or rule id ("total" for the total)
   * @param name its display name
   * @param depth the depth in the indicator tree (0 for top-level categories and for rules)
   * @param input the raw input of an item or bonus; empty for an item whose input is missing
   * @param method the method code of an item or bonus; the effect of a veto
   * @param facts what happened, in order (band matched, comparisons, cuts), each a message
   * @param contributions a category's or the total's parts
   * @param aggregation how a category combines its parts
   * @param rounding the rounding of a weighted category
   * @param floor the declared floor of the node, if any
   * @param cap the declared cap of the node, if any
   * @param raw the points before floor and cap
   * @param value the points after floor and cap (for a veto or grade: 1 if it held, else 0)
   * @param passed for a veto: fired; for a grade: given; for an item: counted (false when it was
   *     excluded for a missing value: it then scores 0 and its floor and cap do not apply)
   */
  public record Step(
      Kind kind,
      String id,
      String name,
      int depth,
      OptionalLong input,
      String method,
      List<Fact> facts,
      List<Contribution> contributions,
      Optional<Aggregation> aggregation,
      Optional<Rounding> rounding,
      Optional<Long> floor,
      Optional<Long> cap,
      long raw,
      long value,
      boolean passed) {
    public Step {
      facts = ImmutableList.copyOf(facts);
      contributions = ImmutableList.copyOf(contributions);
    }

    /**
     * The step of a sub-item scored by its method (子项) from {@code input} (empty when missing);
     * {@code counted} false when it was excluded for a missing value.
     */
    static Step item(String id, String name, int depth, OptionalLong input, String method, List<Fact> facts,
        Optional<Long> floor, Optional<Long> cap, long raw, long value, boolean counted) {
      return new Step(Kind.ITEM, id, name, depth, input, method, facts, List.of(), Optional.empty(), Optional.empty(),
          floor, cap, raw, value, counted);
    }

    /**
     * The step of a category (大项) combining {@code parts} by {@code aggregation}; {@code rounding} is
     * recorded only for a weighted category, the one that divides.
     */
    static Step category(String id, String name, int depth, List<Fact> facts, List<Contribution> parts,
        Aggregation aggregation, Rounding rounding, Optional<Long> floor, Optional<Long> cap, long raw, long value) {
      return new Step(Kind.CATEGORY, id, name, depth, OptionalLong.empty(), "", facts, parts, Optional.of(aggregation),
          weightedRounding(aggregation, rounding), floor, cap, raw, value, true);
    }

    /** The step of the total before bonuses (总分), combining the top-level {@code parts}, cut at {@code cap}. */
    static Step total(String id, List<Fact> facts, List<Contribution> parts, Aggregation aggregation, Rounding rounding,
        Optional<Long> cap, long raw, long value) {
      return new Step(Kind.TOTAL, id, "", 0, OptionalLong.empty(), "", facts, parts, Optional.of(aggregation),
          weightedRounding(aggregation, rounding), Optional.empty(), cap, raw, value, true);
    }

    private static Optional<Rounding> weightedRounding(Aggregation aggregation, Rounding rounding) {
      return aggregation == Aggregation.WEIGHTED ? Optional.of(rounding) : Optional.empty();
    }

    /** The step of a bonus (加分项) giving {@code points} for {@code input}. */
    static Step bonus(String id, String name, long input, String method, List<Fact> facts, long points) {
      return new Step(Kind.BONUS, id, name, 0, OptionalLong.of(input), method, facts, List.of(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), points, points, true);
    }

    /** The step of a veto (一票否决) with {@code effect}: value 1 when it fired, else 0. */
    static Step veto(String id, String name, String effect, List<Fact> facts, boolean fired) {
      return rule(Kind.VETO, id, name, effect, facts, fired);
    }

    /** The step of a grade tried (等次评定): value 1 when it was given, else 0. */
    static Step grade(String id, String name, List<Fact> facts, boolean given) {
      return rule(Kind.GRADE, id, name, "", facts, given);
    }

    /** The step of an exemption tried (免于考核): value 1 when it held (the unit is not assessed). */
    static Step exemption(String id, String name, List<Fact> facts, boolean held) {
      return rule(Kind.EXEMPTION, id, name, "", facts, held);
    }

    private static Step rule(Kind kind, String id, String name, String method, List<Fact> facts, boolean held) {
      return new Step(kind, id, name, 0, OptionalLong.empty(), method, facts, List.of(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), held ? 1 : 0, held ? 1 : 0, held);
    }
  }

  /**
   * An input the unit has no value of (缺失输入).
   *
   * @param id the sub-item or declared input
   * @param name its display name
   * @param policy what the ruleset declares a missing value means
   */
  public record MissingInput(String id, String name, MissingPolicy policy) {}

  /**
   * The rescaling of the total before bonuses for sub-items excluded for a missing value (缺项折算):
   * {@code value = min(rounding(scored × fullScore / (fullScore − excluded)), cut)}, or 0 when
   * {@code excluded ≥ fullScore}.
   *
   * @param scored the total before bonuses as scored (after the total cap)
   * @param fullScore the full score F, the sum of the top-level indicators' points
   * @param excluded the full marks of the excluded sub-items
   * @param rounding the ruleset's declared rescale rounding
   * @param cut the most the rescaled total can be: F, or the total cap when lower
   * @param value the rescaled total before bonuses
   */
  public record Rescaling(long scored, long fullScore, long excluded, Rounding rounding, long cut, long value) {
    /** The rescaled value recomputed from the other fields. */
    public long recompute() {
      long possible = fullScore - excluded;
      if (possible <= 0) {
        return 0;
      }
      return Math.min(rounding.divide(Math.multiplyExact(scored, fullScore), possible), cut);
    }
  }

  /**
   * A part of a category or total.
   *
   * @param id the child indicator
   * @param points the child's points
   * @param weight its weight in a weighted category (0 when summed)
   */
  public record Contribution(String id, long points, long weight) {}

  /**
   * One fact of a step, as a message key of the {@code assessment} bundle and its arguments.
   *
   * @param key the message key
   * @param args the arguments: numbers already formatted; enum constants and {@link Messages.Text}
   *     phrases shown in the reader's language
   */
  public record Fact(String key, List<Object> args) {
    public Fact {
      args = List.copyOf(args);
    }

    /** The fact as text in {@code locale}. */
    public String text(Locale locale) {
      return Messages.format(locale, key, args.toArray());
    }
  }

  /**
   * Recomputes the total from the trace alone: each category and the total from their recorded
   * contributions, aggregation, rounding, floor and cap; then bonuses; then zeroing vetoes.
   *
   * @throws IllegalStateException if a contribution differs from the step it names, or a step's
   *     value differs from its recomputation (a trace that does not add up)
   */
  public long recomputeTotal() {
    Map<String, Long> values = new HashMap<>();
    for (Step s : nodes) {
      values.put(s.id(), s.value());
    }
    long beforeBonus = 0;
    for (Step s : nodes) {
      if (s.kind() == Kind.ITEM && !s.passed()) {
        if (s.value() != 0) {
          throw new IllegalStateException("excluded step " + s.id() + " scores " + s.value());
        }
        continue;
      }
      long limited = limit(s.raw(), s);
      if (limited != s.value()) {
        throw new IllegalStateException("step " + s.id() + ": " + s.value() + " ≠ " + limited);
      }
      if (s.kind() != Kind.ITEM) {
        long raw = 0;
        for (Contribution c : s.contributions()) {
          Long v = values.get(c.id());
          if (v == null || v != c.points()) {
            throw new IllegalStateException("contribution " + c.id() + " to " + s.id() + " does not match");
          }
          raw = Math.addExact(raw, s.aggregation().orElse(Aggregation.SUM) == Aggregation.WEIGHTED
              ? Math.multiplyExact(c.points(), c.weight()) : c.points());
        }
        if (s.aggregation().orElse(Aggregation.SUM) == Aggregation.WEIGHTED) {
          raw = s.rounding().orElseThrow().divide(raw, Fixed.ONE);
        }
        if (raw != s.raw() || limit(raw, s) != s.value()) {
          throw new IllegalStateException("step " + s.id() + " does not add up");
        }
      }
      if (s.kind() == Kind.TOTAL) {
        beforeBonus = s.value();
      }
    }
    if (rescaling.isPresent()) {
      Rescaling r = rescaling.get();
      if (r.scored() != beforeBonus || r.recompute() != r.value()) {
        throw new IllegalStateException("the rescaling does not add up");
      }
      beforeBonus = r.value();
    }
    long total = beforeBonus;
    for (Step b : bonuses) {
      total = Math.addExact(total, b.value());
    }
    for (Step v : vetoes) {
      if (v.passed() && "ZERO_TOTAL".equals(v.method())) {
        total = 0;
      }
    }
    return total;
  }

  private static long limit(long raw, Step s) {
    long v = raw;
    if (s.floor().isPresent() && v < s.floor().get()) {
      v = s.floor().get();
    }
    if (s.cap().isPresent() && v > s.cap().get()) {
      v = s.cap().get();
    }
    return v;
  }

  /** The explanation as readable text in {@code locale} (中文 labels with {@code Locale.CHINESE}). */
  public String text(Locale locale) {
    StringBuilder sb = new StringBuilder();
    line(sb, 0, Messages.format(locale, "assessment.text.header", unit, rulesetName, ruleset, period));
    for (MissingInput m : missing) {
      line(sb, 0, Messages.format(locale, "missing.text.input", m.id(), m.name(),
          m.policy()));
    }
    for (Step s : nodes) {
      String head = switch (s.kind()) {
        case ITEM -> Messages.format(locale, "assessment.text.item", s.id(), s.name(),
            s.input().isPresent() ? Fixed.format(s.input().getAsLong()) : "—", Messages.format(locale, "assessment.method." + s.method()),
            Fixed.format(s.value()));
        case CATEGORY -> Messages.format(locale, "assessment.text.category", s.id(), s.name(),
            Fixed.format(s.value()));
        case TOTAL -> Messages.format(locale, "assessment.text.beforeBonus", Fixed.format(s.value()));
        // every kind is listed, so a new kind of step fails to compile here until it is shown
        case BONUS, VETO, GRADE, EXEMPTION -> throw new IllegalStateException("a " + s.kind() + " step among the nodes");
      };
      line(sb, s.depth(), head);
      details(sb, s, locale);
      if (s.kind() == Kind.TOTAL && rescaling.isPresent()) {
        Rescaling r = rescaling.get();
        long possible = r.fullScore() - r.excluded();
        line(sb, 0, possible <= 0
            ? Messages.format(locale, "missing.text.nothingLeft", Fixed.format(r.scored()), Fixed.format(r.fullScore()),
                Fixed.format(r.excluded()))
            : Messages.format(locale, "missing.text.rescaled", Fixed.format(r.scored()), Fixed.format(r.fullScore()),
                Fixed.format(r.excluded()), Fixed.format(possible), r.rounding(), Fixed.format(r.cut()),
                Fixed.format(r.value())));
      }
    }
    for (Step b : bonuses) {
      line(sb, 0, Messages.format(locale, "assessment.text.bonus", b.id(), b.name(),
          Fixed.format(b.input().orElse(0)), Fixed.format(b.value())));
      details(sb, b, locale);
    }
    for (Step e : exemptions) {
      line(sb, 0, Messages.format(locale, e.passed() ? "assessment.text.exempted" : "assessment.text.notExempted",
          e.id(), e.name()));
      details(sb, e, locale);
    }
    for (Step v : vetoes) {
      line(sb, 0, Messages.format(locale, v.passed() ? "assessment.text.vetoFired" : "assessment.text.vetoNot",
          v.id(), v.name(), effect(v.method())));
      details(sb, v, locale);
    }
    line(sb, 0, Messages.format(locale, "assessment.text.total", Fixed.format(total)));
    for (Step g : grades) {
      line(sb, 0, Messages.format(locale, g.passed() ? "assessment.text.gradeGiven" : "assessment.text.gradeNot",
          g.id(), g.name()));
      details(sb, g, locale);
    }
    if (notAssessed()) {
      line(sb, 0, Messages.format(locale, "assessment.text.notAssessed"));
    } else if (grade.isEmpty()) {
      line(sb, 0, Messages.format(locale, "assessment.text.noGrade"));
    }
    return sb.toString();
  }

  /** A veto step's method as its effect, shown by its label; a method no effect is named by as it is. */
  private static Object effect(String method) {
    for (Veto.Effect e : Veto.Effect.values()) {
      if (e.name().equals(method)) {
        return e;
      }
    }
    return method;
  }

  private static void details(StringBuilder sb, Step s, Locale locale) {
    int d = s.depth() + 1;
    for (Fact f : s.facts()) {
      line(sb, d, f.text(locale));
    }
    if (s.kind() == Kind.ITEM && !s.passed()) {
      return; // excluded: its floor and cap did not apply
    }
    if (s.floor().isPresent() && s.raw() < s.floor().get()) {
      line(sb, d, Messages.format(locale, "assessment.text.floor", Fixed.format(s.raw()), Fixed.format(s.floor().get())));
    }
    if (s.cap().isPresent() && s.raw() > s.cap().get()) {
      line(sb, d, Messages.format(locale, "assessment.text.cap", Fixed.format(s.raw()), Fixed.format(s.cap().get())));
    }
  }

  private static void line(StringBuilder sb, int depth, String text) {
    sb.append("  ".repeat(depth)).append(text).append('\n');
  }
}
