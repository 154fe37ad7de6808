package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.SubPeriod;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * Checks a ruleset (规则集校验) and returns every error with its path, e.g. {@code
 * indicators[2].children[1].method.bands[1]}: unknown indicators, inputs, gates and grades; weights
 * and points that must add up and do not; bands with gaps, overlaps or no values; shares and quotas
 * over 100%; caps below floors; negative amounts where none make sense.
 *
 * <p>{@link #validate} checks a complete (effective) ruleset. {@link #validateOwnParts} checks only
 * what a ruleset with a parent can get wrong on its own (the shape of its methods), since its
 * references may point into the parent; its effective ruleset is checked after resolution.
 */
public final class RulesetValidator {
  private RulesetValidator() {}

  /** Every error of a complete ruleset; empty when it is valid. */
  public static List<RuleError> validate(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    return new Run(ruleset, true).all();
  }

  /** The errors a ruleset's own parts have whatever its parent holds (method shapes, limits). */
  public static List<RuleError> validateOwnParts(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    return new Run(ruleset, false).all();
  }

  private static final class Run implements MethodChecks.Sink {
    private final Ruleset r;
    private final boolean references;
    private final List<RuleError> errors = new ArrayList<>();
    private final Map<IndicatorId, String> indicatorPaths = new HashMap<>();
    private final Map<IndicatorId, Indicator> indicators = new HashMap<>();
    private final Map<RuleId, String> rulePaths = new HashMap<>();
    private final Map<RuleId, String> gateIds = new HashMap<>();
    private final Map<RuleId, String> gradeIds = new HashMap<>();

    Run(Ruleset r, boolean references) {
      this.r = r;
      this.references = references;
    }

    List<RuleError> all() {
      collectIds();
      for (int i = 0; i < r.indicators().size(); i++) {
        indicator(r.indicators().get(i), "indicators[" + i + "]");
      }
      if (references && r.aggregation() == Aggregation.WEIGHTED) {
        weights(r.indicators(), "indicators", "total");
      }
      if (references && r.pointsMustAddUp() && r.totalCap().isPresent()) {
        long sum = r.indicators().stream().mapToLong(Indicator::points).sum();
        if (sum != r.totalCap().get()) {
          add("totalCap", "rules.pointsDoNotAddUp", "total", Fixed.format(r.totalCap().get()), Fixed.format(sum));
        }
      }
      if (references) {
        missingPolicies();
      }
      for (int i = 0; i < r.bonuses().size(); i++) {
        Bonus b = r.bonuses().get(i);
        String p = "bonuses[" + i + "]";
        knownInput(b.input(), p + ".input");
        MethodChecks.method(b.method(), p + ".method", false, this);
      }
      for (int i = 0; i < r.vetoes().size(); i++) {
        Veto v = r.vetoes().get(i);
        String p = "vetoes[" + i + "]";
        condition(v.when(), p + ".when");
        for (int k = 0; k < v.grades().size(); k++) {
          knownGrade(v.grades().get(k), p + ".grades[" + k + "]");
        }
      }
      for (int i = 0; i < r.gates().size(); i++) {
        condition(r.gates().get(i).condition(), "gates[" + i + "].condition");
      }
      for (int i = 0; i < r.grades().size(); i++) {
        Grade g = r.grades().get(i);
        for (int k = 0; k < g.gates().size(); k++) {
          if (references && !gateIds.containsKey(g.gates().get(k))) {
            add("grades[" + i + "].gates[" + k + "]", "rules.unknownGate", g.gates().get(k));
          }
        }
      }
      for (int i = 0; i < r.quotas().size(); i++) {
        quota(r.quotas().get(i), "quotas[" + i + "]");
      }
      for (int i = 0; i < r.exemptions().size(); i++) {
        condition(r.exemptions().get(i).when(), "exemptions[" + i + "].when");
      }
      return errors;
    }

    private void collectIds() {
      for (int i = 0; i < r.indicators().size(); i++) {
        collectIndicator(r.indicators().get(i), "indicators[" + i + "]");
      }
      for (int i = 0; i < r.inputs().size(); i++) {
        InputSpec in = r.inputs().get(i);
        String p = "inputs[" + i + "]";
        String first = indicatorPaths.putIfAbsent(in.id(), p);
        if (first != null) {
          add(p + ".id", "rules.duplicateId", in.id(), first);
        }
        if (in.per().isPresent() && !(in.kind() instanceof InputKind.Number)) {
          add(p + ".per", "rules.periodicNotNumber", in.id());
        }
        if (in.kind() instanceof InputKind.Categorical cat) {
          java.util.Set<Long> codes = new java.util.HashSet<>();
          java.util.Set<String> labels = new java.util.HashSet<>();
          for (int k = 0; k < cat.categories().size(); k++) {
            InputKind.Category c = cat.categories().get(k);
            if (!codes.add(c.code()) || !labels.add(c.label())) {
              add(p + ".categories[" + k + "]", "rules.duplicateCategory", c.code(), c.label());
            }
          }
        }
      }
      rules(r.bonuses(), "bonuses", Bonus::id, null);
      rules(r.vetoes(), "vetoes", Veto::id, null);
      rules(r.gates(), "gates", Gate::id, gateIds);
      rules(r.grades(), "grades", Grade::id, gradeIds);
      rules(r.quotas(), "quotas", Quota::id, null);
      rules(r.exemptions(), "exemptions", Exemption::id, null);
    }

    private <T> void rules(
        List<T> list, String name, java.util.function.Function<T, RuleId> id, Map<RuleId, String> also) {
      for (int i = 0; i < list.size(); i++) {
        String p = name + "[" + i + "]";
        RuleId rid = id.apply(list.get(i));
        String first = rulePaths.putIfAbsent(rid, p);
        if (first != null) {
          add(p + ".id", "rules.duplicateId", rid, first);
        } else if (also != null) {
          also.put(rid, p);
        }
      }
    }

    private void collectIndicator(Indicator ind, String path) {
      String first = indicatorPaths.putIfAbsent(ind.id(), path);
      if (first != null) {
        add(path + ".id", "rules.duplicateId", ind.id(), first);
      } else {
        indicators.put(ind.id(), ind);
      }
      for (int i = 0; i < ind.children().size(); i++) {
        collectIndicator(ind.children().get(i), path + ".children[" + i + "]");
      }
    }

    private void indicator(Indicator ind, String path) {
      nonNegative(ind.points(), path + ".points");
      nonNegative(ind.weight(), path + ".weight");
      limits(ind.floor(), ind.cap(), path);
      if (ind.isItem()) {
        if (ind.method().isEmpty()) {
          add(path + ".method", "rules.itemWithoutMethod", ind.id());
        } else {
          MethodChecks.method(ind.method().get(), path + ".method", true, this);
        }
        return;
      }
      if (ind.method().isPresent()) {
        add(path + ".method", "rules.categoryWithMethod", ind.id());
      }
      for (int i = 0; i < ind.children().size(); i++) {
        indicator(ind.children().get(i), path + ".children[" + i + "]");
      }
      if (ind.aggregation() == Aggregation.WEIGHTED) {
        weights(ind.children(), path + ".children", ind.id().value());
      } else if (r.pointsMustAddUp()) {
        long sum = ind.children().stream().mapToLong(Indicator::points).sum();
        if (sum != ind.points()) {
          add(path + ".points", "rules.pointsDoNotAddUp", ind.id(), Fixed.format(ind.points()), Fixed.format(sum));
        }
      }
    }

    /**
     * Where rescaling for excluded sub-items would be undefined: under a weighted category or total,
     * without a declared rounding, with no full score; and EXCLUDE on a declared input.
     */
    private void missingPolicies() {
      MissingPolicy fallback = r.missingDefault();
      boolean anyExcluded = false;
      for (int i = 0; i < r.indicators().size(); i++) {
        anyExcluded |= excluded(r.indicators().get(i), "indicators[" + i + "]", fallback,
            r.aggregation() == Aggregation.WEIGHTED);
      }
      for (int i = 0; i < r.inputs().size(); i++) {
        InputSpec in = r.inputs().get(i);
        if (in.missing().orElse(fallback) == MissingPolicy.EXCLUDE) {
          add(in.missing().isPresent() ? "inputs[" + i + "].missing" : "inputs[" + i + "]",
              "missing.excludeInput", in.id());
        }
      }
      if (anyExcluded) {
        if (r.rescaleRounding().isEmpty()) {
          add("rescaleRounding", "missing.noRescaleRounding");
        }
        long full = r.indicators().stream().mapToLong(Indicator::points).sum();
        if (full <= 0) {
          add("indicators", "missing.noFullScore", Fixed.format(full));
        }
      }
    }

    /** True when a sub-item at or under {@code ind} is EXCLUDE; reports those under a weighting. */
    private boolean excluded(Indicator ind, String path, MissingPolicy inherited, boolean underWeighted) {
      MissingPolicy p = ind.missing().orElse(inherited);
      if (ind.isItem()) {
        if (p == MissingPolicy.EXCLUDE && underWeighted) {
          add(ind.missing().isPresent() ? path + ".missing" : path, "missing.excludeWeighted", ind.id());
        }
        return p == MissingPolicy.EXCLUDE;
      }
      boolean any = false;
      boolean weightedHere = underWeighted || ind.aggregation() == Aggregation.WEIGHTED;
      for (int i = 0; i < ind.children().size(); i++) {
        any |= excluded(ind.children().get(i), path + ".children[" + i + "]", p, weightedHere);
      }
      return any;
    }

    private void weights(List<Indicator> children, String path, String owner) {
      long sum = children.stream().mapToLong(Indicator::weight).sum();
      if (sum != Fixed.ONE) {
        add(path, "rules.weightsDoNotAddUp", owner, Fixed.format(sum));
      }
    }

    private void condition(Condition c, String path) {
      new ConditionWalk() {
        @Override
        public Void visitCompare(Condition.Compare cmp) {
          operand(cmp.operand(), path() + ".operand");
          return null;
        }

        @Override
        public Void visitInCategory(Condition.InCategory in) {
          InputKind k = inputKind(in.input(), path() + ".input");
          if (k instanceof InputKind.Categorical cat) {
            for (int i = 0; i < in.labels().size(); i++) {
              if (cat.byLabel(in.labels().get(i)).isEmpty()) {
                add(path() + ".labels[" + i + "]", "rules.unknownCategory", in.labels().get(i), in.input());
              }
            }
          } else if (k != null) {
            add(path() + ".input", "rules.notCategorical", in.input());
          }
          return null;
        }

        @Override
        public Void visitOnDate(Condition.OnDate d) {
          InputKind k = inputKind(d.input(), path() + ".input");
          if (k != null && !(k instanceof InputKind.Date)) {
            add(path() + ".input", "rules.notADate", d.input());
          }
          return null;
        }

        @Override
        public Void visitPeriodic(Condition.Periodic p) {
          periodic(p, path());
          return null;
        }

        @Override
        public Void visitShareOf(Condition.ShareOf s) {
          operand(s.operand(), path() + ".operand");
          operand(s.of(), path() + ".of");
          if (s.share().numerator() < 0) {
            add(path() + ".share", "rules.negative", s.share());
          }
          return null;
        }

        @Override
        public Void visitEveryCategory(Condition.EveryCategory e) {
          return null; // compares the categories there are
        }
      }.walk(c, path);
    }

    /**
     * A periodic condition: its input is a declared input measured per month or quarter (that it is
     * a number is checked where it is declared), its value is not negative, and "in at least k" is
     * from 1 to the most sub-periods a period holds.
     */
    private void periodic(Condition.Periodic p, String path) {
      InputSpec in = declared(p.input(), path + ".input");
      if (in != null && in.per().isEmpty()) {
        add(path + ".input", "rules.notPeriodic", p.input());
      }
      nonNegative(p.value(), path + ".value");
      int most = (in == null ? Optional.<SubPeriod>empty() : in.per()).orElse(SubPeriod.MONTH).most();
      p.inAtLeast().ifPresent(k -> {
        if (k < 1 || k > most) {
          add(path + ".inAtLeast", "rules.periodicRange", k, most);
        }
      });
    }

    /** The kind of declared input {@code id}; null (reported) when it is no declared input. */
    private InputKind inputKind(IndicatorId id, String path) {
      InputSpec in = declared(id, path);
      if (in != null && in.per().isPresent()) {
        add(path, "rules.periodicElsewhere", id);
      }
      return in == null ? null : in.kind();
    }

    /** The declared input {@code id}; null (reported) when it is no declared input. */
    private InputSpec declared(IndicatorId id, String path) {
      for (InputSpec in : r.inputs()) {
        if (in.id().equals(id)) {
          return in;
        }
      }
      if (references) {
        add(path, indicatorPaths.containsKey(id) ? "rules.notDeclaredInput" : "rules.unknownIndicator", id);
      }
      return null;
    }

    private void operand(Condition.Operand o, String path) {
      o.accept(new Condition.Operand.Visitor<Void>() {
        @Override
        public Void visitTotal(Condition.Operand.Total t) {
          return null; // the total is always there
        }

        @Override
        public Void visitScore(Condition.Operand.Score s) {
          if (references && !indicators.containsKey(s.indicator())) {
            add(path, "rules.unknownIndicator", s.indicator());
          }
          return null;
        }

        @Override
        public Void visitInput(Condition.Operand.Input in) {
          knownInput(in.input(), path);
          return null;
        }
      });
    }

    private void quota(Quota q, String path) {
      knownGrade(q.grade(), path + ".grade");
      q.base().ifPresent(b -> {
        knownGrade(b, path + ".base");
        if (references && gradeIds.containsKey(b) && gradeIds.containsKey(q.grade())
            && gradeOrder(b) < gradeOrder(q.grade())) {
          add(path + ".base", "rules.quotaBaseBetter", b, q.grade());
        }
      });
      if (q.maxShare().isEmpty() && q.maxCount().isEmpty()) {
        add(path, "rules.quotaNoLimit");
      }
      q.maxShare().ifPresent(s -> {
        String shown = s.denominator() == Fixed.ONE ? MethodChecks.percent(s.numerator()) : s.toString();
        if (s.numerator() < 0) {
          add(path + ".maxShare", "rules.negative", shown);
        } else if (s.numerator() > s.denominator()) {
          add(path + ".maxShare", "rules.quotaOverHundred", shown);
        }
      });
      q.maxCount().ifPresent(n -> nonNegative(n, path + ".maxCount"));
      tieBreak(q.tieBreak(), path + ".tieBreak");
    }

    @Override
    public void knownInput(IndicatorId id, String path) {
      if (references && !indicatorPaths.containsKey(id)) {
        add(path, "rules.unknownIndicator", id);
      }
      if (r.inputs().stream().anyMatch(in -> in.id().equals(id) && in.per().isPresent())) {
        add(path, "rules.periodicElsewhere", id);
      }
    }

    private int gradeOrder(RuleId id) {
      for (int g = 0; g < r.grades().size(); g++) {
        if (r.grades().get(g).id().equals(id)) {
          return g;
        }
      }
      return -1;
    }

    private void knownGrade(RuleId id, String path) {
      if (references && !gradeIds.containsKey(id)) {
        add(path, "rules.unknownGrade", id);
      }
    }

    @Override
    public void add(String path, String key, Object... args) {
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = args[i] == null ? "null" : args[i].toString();
      }
      errors.add(RuleError.of(path, key, shown));
    }
  }
}
