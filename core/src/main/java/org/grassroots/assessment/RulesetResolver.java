package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.input.Check;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetRef;

/**
 * Resolves ruleset inheritance (规则集继承): a district's ruleset over its city baseline (and the
 * baseline over its own parent, if any) into one effective, complete ruleset, following the
 * override rules documented on {@link Ruleset}. A cycle of parents and a missing parent are errors.
 */
public final class RulesetResolver {
  private RulesetResolver() {}

  /** The effective ruleset, or the errors that prevent it. */
  public record Resolution(Optional<Ruleset> effective, List<RuleError> errors) {
    public Resolution {
      errors = List.copyOf(errors);
    }
  }

  /**
   * The effective ruleset of {@code ruleset}.
   *
   * @param lookup finds a parent revision by reference
   * @throws RulesetInvalidException with every error found (cycle, missing parent, own parts,
   *     unknown removals, then the effective ruleset's validation)
   */
  public static Ruleset resolve(Ruleset ruleset, Function<RulesetRef, Optional<Ruleset>> lookup) {
    Resolution r = tryResolve(ruleset, lookup);
    if (!r.errors().isEmpty()) {
      throw new RulesetInvalidException(ruleset.ref().toString(), r.errors());
    }
    return r.effective().orElseThrow();
  }

  /** Like {@link #resolve} but returns the errors instead of throwing. */
  public static Resolution tryResolve(Ruleset ruleset, Function<RulesetRef, Optional<Ruleset>> lookup) {
    Check.notNull("ruleset", ruleset);
    Check.notNull("lookup", lookup);
    List<RuleError> errors = new ArrayList<>();
    List<Ruleset> chain = new ArrayList<>();
    chain.add(ruleset);
    Set<RulesetRef> seen = new HashSet<>();
    seen.add(ruleset.ref());
    Ruleset cur = ruleset;
    String path = "parent";
    while (cur.parent().isPresent()) {
      RulesetRef ref = cur.parent().get();
      if (!seen.add(ref)) {
        String cycle = chain.stream().map(r -> r.ref().toString()).collect(Collectors.joining(" → "))
            + " → " + ref;
        errors.add(RuleError.of(path, "rules.inheritanceCycle", cycle));
        return new Resolution(Optional.empty(), errors);
      }
      Optional<Ruleset> p = lookup.apply(ref);
      if (p.isEmpty()) {
        errors.add(RuleError.of(path, "rules.parentNotFound", ref.toString()));
        return new Resolution(Optional.empty(), errors);
      }
      cur = p.get();
      chain.add(cur);
      path = path + ".parent";
    }
    // the root first, then each override in turn
    Ruleset effective = chain.get(chain.size() - 1);
    errors.addAll(RulesetValidator.validateOwnParts(effective));
    for (int i = chain.size() - 2; i >= 0; i--) {
      Ruleset child = chain.get(i);
      List<RuleError> own = RulesetValidator.validateOwnParts(child);
      for (RuleError e : own) {
        errors.add(i == 0 ? e : new RuleError(ancestorPath(i) + "." + e.path(), e.key(), e.args()));
      }
      effective = apply(effective, child, errors, i == 0 ? "" : ancestorPath(i) + ".");
    }
    if (!errors.isEmpty()) {
      return new Resolution(Optional.empty(), errors);
    }
    List<RuleError> finalErrors = RulesetValidator.validate(effective);
    return finalErrors.isEmpty()
        ? new Resolution(Optional.of(effective), List.of())
        : new Resolution(Optional.empty(), finalErrors);
  }

  private static String ancestorPath(int depth) {
    return String.join(".", java.util.Collections.nCopies(depth, "parent"));
  }

  private static Ruleset apply(Ruleset base, Ruleset child, List<RuleError> errors, String prefix) {
    Set<String> removed = new HashSet<>(child.removed());
    Set<String> known = new HashSet<>();
    for (Indicator i : base.indicators()) {
      i.forEach(n -> known.add(n.id().value()));
    }
    base.inputs().forEach(x -> known.add(x.id().value()));
    base.bonuses().forEach(x -> known.add(x.id().value()));
    base.vetoes().forEach(x -> known.add(x.id().value()));
    base.gates().forEach(x -> known.add(x.id().value()));
    base.grades().forEach(x -> known.add(x.id().value()));
    base.quotas().forEach(x -> known.add(x.id().value()));
    base.exemptions().forEach(x -> known.add(x.id().value()));
    for (int i = 0; i < child.removed().size(); i++) {
      if (!known.contains(child.removed().get(i))) {
        errors.add(RuleError.of(prefix + "removed[" + i + "]", "rules.unknownRemoved", child.removed().get(i)));
      }
    }
    Map<String, Indicator> overrides = new LinkedHashMap<>();
    for (Indicator i : child.indicators()) {
      overrides.put(i.id().value(), i);
    }
    Set<String> used = new HashSet<>();
    List<Indicator> tree = new ArrayList<>();
    for (Indicator i : base.indicators()) {
      Indicator replaced = replace(i, overrides, removed, used);
      if (replaced != null) {
        tree.add(replaced);
      }
    }
    for (Indicator i : child.indicators()) {
      if (!used.contains(i.id().value())) {
        tree.add(i);
      }
    }
    Ruleset.Builder b = Ruleset.builder(
        child.id().value(), child.district(), child.version(), child.name(), child.effectiveFrom(),
        child.subjectKind());
    child.effectiveUntil().ifPresent(b::effectiveUntil);
    tree.forEach(b::indicator);
    merge(base.inputs(), child.inputs(), x -> x.id().value(), removed).forEach(b::input);
    b.aggregation(child.aggregation(), child.rounding());
    child.totalCap().ifPresent(b::totalCap);
    b.pointsMustAddUp(child.pointsMustAddUp());
    // the missing-value default and rescale rounding: the child's own, else the parent's
    b.missing(child.missing().or(base::missing).orElse(null));
    b.rescaleRounding(child.rescaleRounding().or(base::rescaleRounding).orElse(null));
    b.period(child.period().or(base::period).orElse(null));
    merge(base.bonuses(), child.bonuses(), x -> x.id().value(), removed).forEach(b::bonus);
    merge(base.vetoes(), child.vetoes(), x -> x.id().value(), removed).forEach(b::veto);
    merge(base.gates(), child.gates(), x -> x.id().value(), removed).forEach(b::gate);
    merge(base.grades(), child.grades(), x -> x.id().value(), removed).forEach(b::grade);
    merge(base.quotas(), child.quotas(), x -> x.id().value(), removed).forEach(b::quota);
    merge(base.exemptions(), child.exemptions(), x -> x.id().value(), removed).forEach(b::exemption);
    return b.build();
  }

  /** The node with overrides applied below and at it; null when removed. */
  private static Indicator replace(
      Indicator node, Map<String, Indicator> overrides, Set<String> removed, Set<String> used) {
    String id = node.id().value();
    if (removed.contains(id)) {
      return null;
    }
    Indicator o = overrides.get(id);
    if (o != null) {
      used.add(id);
      return o;
    }
    if (node.isItem()) {
      return node;
    }
    List<Indicator> kids = new ArrayList<>();
    for (Indicator c : node.children()) {
      Indicator r = replace(c, overrides, removed, used);
      if (r != null) {
        kids.add(r);
      }
    }
    return node.withChildren(kids);
  }

  private static <T> List<T> merge(
      List<T> base, List<T> child, Function<T, String> id, Set<String> removed) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : base) {
      if (!removed.contains(id.apply(t))) {
        out.put(id.apply(t), t);
      }
    }
    for (T t : child) {
      out.put(id.apply(t), t); // same id replaces in place; a new id is appended
    }
    return new ArrayList<>(out.values());
  }

}
