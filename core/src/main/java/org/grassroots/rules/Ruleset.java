package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * A district's assessment rules as data (考核规则集): one immutable revision. Rules are never deleted,
 * only superseded by a new version with its own effective date ({@link RulesetHistory}).
 *
 * <p>How a unit's result is computed: every sub-item is scored from its input by its method; each
 * category combines its children; the total combines the top-level categories by {@code
 * aggregation}, is cut at {@code totalCap}; then the bonuses are added (outside the cap); a veto
 * that zeroes sets the total to 0. An exemption makes a unit not assessed. The grades are then
 * assigned best first, subject to gates, vetoes and quotas.
 *
 * <p><b>Inheritance.</b> A ruleset with a {@code parent} (a city baseline) holds only its overrides:
 * an indicator, input, bonus, veto, gate, grade, quota or exemption with the same id as one of the parent's
 * replaces it (an indicator wherever it sits in the tree); one with a new id is added (an indicator
 * as a new top-level category); the ids in {@code removed} are removed. The scalar fields (subject
 * kind, aggregation, rounding, total cap, points-must-add-up) are the child's own, except the
 * missing-value default, the rescale rounding and the period, which a child that leaves them out
 * takes from its parent (a city baseline can declare them for all its districts). The effective
 * ruleset is resolved by the assessment package; a cycle of parents is refused.
 *
 * <p>Its parts, each read by the accessor of that name. A ruleset is made by {@link #builder}, and
 * derived from another only by {@link #toBuilder} (the {@code with…} methods are shorthands for it):
 *
 * <ul>
 *   <li>{@code id}: the ruleset, stable across versions
 *   <li>{@code district}: the owner (tenant)
 *   <li>{@code version}: the revision, from 1; a new revision supersedes the previous from its date
 *   <li>{@code name}: display name (Chinese), e.g. "云冈区社区党建考核办法（2024）"
 *   <li>{@code effectiveFrom}: the first day the revision is in force
 *   <li>{@code effectiveUntil}: the day the revision stops being in force (exclusive); empty for open
 *   <li>{@code parent}: the baseline this ruleset overrides; empty for a complete ruleset
 *   <li>{@code subjectKind}: the kind of unit assessed (e.g. {@code community-org})
 *   <li>{@code indicators}: the top-level categories (or items), in display order
 *   <li>{@code inputs}: measured inputs that are not sub-items (events, achievements, targets)
 *   <li>{@code aggregation}: how the top-level categories make the total
 *   <li>{@code rounding}: the rounding of a weighted total
 *   <li>{@code totalCap}: the most a total can be before bonuses, inclusive; empty for none
 *   <li>{@code pointsMustAddUp}: when true, every category's full marks equal the sum of its children's and
 *     the top-level full marks equal {@code totalCap} if present (checked by the validator)
 *   <li>{@code bonuses}: points outside the cap
 *   <li>{@code vetoes}: 一票否决 rules
 *   <li>{@code gates}: named conditions that grades require
 *   <li>{@code grades}: best first
 *   <li>{@code quotas}: limits on how many units of a group may get a grade
 *   <li>{@code removed}: ids removed from the parent's ruleset (only with a parent)
 *   <li>{@code missing}: the default missing-value policy of sub-items and declared inputs that declare
 *     none ({@link MissingPolicy}); empty: the parent's, else {@link MissingPolicy#ZERO}
 *   <li>{@code rescaleRounding}: the rounding of the rescaled total when sub-items are excluded for a
 *     missing value ({@link MissingPolicy#EXCLUDE}); required (here or in a parent) when any is
 *   <li>{@code exemptions}: when a unit is not assessed at all ({@link Exemption}, 免于考核)
 *   <li>{@code period}: the length of the period it rates (两年一评); other inputs are refused; empty: any
 * </ul>
 */
public final class Ruleset {
  /** The parts as one value: equals, hashCode and toString are this record's, so none can be forgotten. */
  private record Parts(
      RulesetId id,
      DistrictId district,
      int version,
      String name,
      LocalDate effectiveFrom,
      Optional<LocalDate> effectiveUntil,
      Optional<RulesetRef> parent,
      OrgKind subjectKind,
      List<Indicator> indicators,
      List<InputSpec> inputs,
      Aggregation aggregation,
      Rounding rounding,
      Optional<Long> totalCap,
      boolean pointsMustAddUp,
      List<Bonus> bonuses,
      List<Veto> vetoes,
      List<Gate> gates,
      List<Grade> grades,
      List<Quota> quotas,
      List<String> removed,
      Optional<MissingPolicy> missing,
      Optional<Rounding> rescaleRounding,
      List<Exemption> exemptions,
      Optional<PeriodKind> period) {}

  private final Parts parts;

  private Ruleset(Builder b) {
    Check.notNull("ruleset.id", b.id);
    Check.notNull("ruleset.district", b.district);
    Check.atLeast("ruleset.version", b.version, 1);
    String checkedName = Check.notBlank("ruleset.name", b.name);
    Check.maxLength("ruleset.name", checkedName, 200);
    Check.notNull("ruleset.effectiveFrom", b.effectiveFrom);
    Check.notNull("ruleset.effectiveUntil", b.effectiveUntil);
    if (b.effectiveUntil.isPresent() && !b.effectiveUntil.get().isAfter(b.effectiveFrom)) {
      throw new InvalidInputException(
          "input.dateOrder", "ruleset.effectiveUntil", b.effectiveUntil.get().toString(), b.effectiveFrom);
    }
    Check.notNull("ruleset.parent", b.parent);
    Check.notNull("ruleset.subjectKind", b.subjectKind);
    Check.notNull("ruleset.aggregation", b.aggregation);
    Check.notNull("ruleset.rounding", b.rounding);
    Check.notNull("ruleset.totalCap", b.totalCap);
    Check.that(
        b.parent.isPresent() || b.removed.isEmpty(), "rules.removedWithoutParent", "ruleset.removed", b.removed);
    Check.notNull("ruleset.missing", b.missing);
    Check.notNull("ruleset.rescaleRounding", b.rescaleRounding);
    Check.notNull("ruleset.period", b.period);
    this.parts = new Parts(b.id, b.district, b.version, checkedName, b.effectiveFrom, b.effectiveUntil, b.parent,
        b.subjectKind, ImmutableList.copyOf(b.indicators), ImmutableList.copyOf(b.inputs), b.aggregation, b.rounding,
        b.totalCap, b.pointsMustAddUp, ImmutableList.copyOf(b.bonuses), ImmutableList.copyOf(b.vetoes),
        ImmutableList.copyOf(b.gates), ImmutableList.copyOf(b.grades), ImmutableList.copyOf(b.quotas),
        ImmutableList.copyOf(b.removed), b.missing, b.rescaleRounding, ImmutableList.copyOf(b.exemptions), b.period);
  }

  public RulesetId id() {
    return parts.id();
  }

  public DistrictId district() {
    return parts.district();
  }

  public int version() {
    return parts.version();
  }

  public String name() {
    return parts.name();
  }

  public LocalDate effectiveFrom() {
    return parts.effectiveFrom();
  }

  public Optional<LocalDate> effectiveUntil() {
    return parts.effectiveUntil();
  }

  public Optional<RulesetRef> parent() {
    return parts.parent();
  }

  public OrgKind subjectKind() {
    return parts.subjectKind();
  }

  public List<Indicator> indicators() {
    return parts.indicators();
  }

  public List<InputSpec> inputs() {
    return parts.inputs();
  }

  public Aggregation aggregation() {
    return parts.aggregation();
  }

  public Rounding rounding() {
    return parts.rounding();
  }

  public Optional<Long> totalCap() {
    return parts.totalCap();
  }

  public boolean pointsMustAddUp() {
    return parts.pointsMustAddUp();
  }

  public List<Bonus> bonuses() {
    return parts.bonuses();
  }

  public List<Veto> vetoes() {
    return parts.vetoes();
  }

  public List<Gate> gates() {
    return parts.gates();
  }

  public List<Grade> grades() {
    return parts.grades();
  }

  public List<Quota> quotas() {
    return parts.quotas();
  }

  public List<String> removed() {
    return parts.removed();
  }

  public Optional<MissingPolicy> missing() {
    return parts.missing();
  }

  public Optional<Rounding> rescaleRounding() {
    return parts.rescaleRounding();
  }

  public List<Exemption> exemptions() {
    return parts.exemptions();
  }

  /** The length of the period it rates (评定周期, e.g. 两年一评: two years); empty: any period. */
  public Optional<PeriodKind> period() {
    return parts.period();
  }

  /** The missing-value default of a complete ruleset: its own, else {@link MissingPolicy#ZERO}. */
  public MissingPolicy missingDefault() {
    return parts.missing().orElse(MissingPolicy.ZERO);
  }

  /** This revision's reference. */
  public RulesetRef ref() {
    return new RulesetRef(parts.district(), parts.id(), parts.version());
  }

  /** True when this revision is in force on {@code date} by its own dates. */
  public boolean coversDate(LocalDate date) {
    return !date.isBefore(parts.effectiveFrom())
        && (parts.effectiveUntil().isEmpty() || date.isBefore(parts.effectiveUntil().get()));
  }

  /** This ruleset with other vetoes, gates, grades and quotas, every other field kept (programs, scenarios). */
  public Ruleset withRules(List<Veto> newVetoes, List<Gate> newGates, List<Grade> newGrades, List<Quota> newQuotas) {
    return toBuilder().vetoes(newVetoes).gates(newGates).grades(newGrades).quotas(newQuotas).build();
  }

  /** A builder starting from this revision (e.g. for the next version); every field is copied. */
  public Builder toBuilder() {
    Parts p = parts;
    Builder b = new Builder(p.id(), p.district(), p.version(), p.name(), p.effectiveFrom(), p.subjectKind());
    b.effectiveUntil = p.effectiveUntil();
    b.parent = p.parent();
    b.indicators.addAll(p.indicators());
    b.inputs.addAll(p.inputs());
    b.aggregation = p.aggregation();
    b.rounding = p.rounding();
    b.totalCap = p.totalCap();
    b.pointsMustAddUp = p.pointsMustAddUp();
    b.bonuses.addAll(p.bonuses());
    b.vetoes.addAll(p.vetoes());
    b.gates.addAll(p.gates());
    b.grades.addAll(p.grades());
    b.quotas.addAll(p.quotas());
    b.removed.addAll(p.removed());
    b.missing = p.missing();
    b.rescaleRounding = p.rescaleRounding();
    b.exemptions.addAll(p.exemptions());
    b.period = p.period();
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Ruleset r && parts.equals(r.parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** {@code Ruleset[id=…, district=…, …]}, every part named. */
  @Override
  public String toString() {
    return "Ruleset" + parts.toString().substring("Parts".length());
  }

  /** A builder with the required fields; lists start empty, aggregation SUM, no cap. */
  public static Builder builder(
      String id, DistrictId district, int version, String name, LocalDate effectiveFrom, OrgKind subjectKind) {
    return builder(RulesetId.of(id), district, version, name, effectiveFrom, subjectKind);
  }

  /** A builder with the required fields; lists start empty, aggregation SUM, no cap. */
  public static Builder builder(
      RulesetId id, DistrictId district, int version, String name, LocalDate effectiveFrom, OrgKind subjectKind) {
    return new Builder(id, district, version, name, effectiveFrom, subjectKind);
  }

  /** Builds a {@link Ruleset}; validation happens in {@link #build()}. */
  public static final class Builder {
    private RulesetId id;
    private DistrictId district;
    private int version;
    private String name;
    private LocalDate effectiveFrom;
    private Optional<LocalDate> effectiveUntil = Optional.empty();
    private Optional<PeriodKind> period = Optional.empty();
    private Optional<RulesetRef> parent = Optional.empty();
    private final OrgKind subjectKind;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<InputSpec> inputs = new ArrayList<>();
    private Aggregation aggregation = Aggregation.SUM;
    private Rounding rounding = Rounding.HALF_UP;
    private Optional<Long> totalCap = Optional.empty();
    private boolean pointsMustAddUp;
    private final List<Bonus> bonuses = new ArrayList<>();
    private final List<Veto> vetoes = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();
    private final List<Grade> grades = new ArrayList<>();
    private final List<Quota> quotas = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private Optional<MissingPolicy> missing = Optional.empty();
    private Optional<Rounding> rescaleRounding = Optional.empty();
    private final List<Exemption> exemptions = new ArrayList<>();

    private Builder(
        RulesetId id, DistrictId district, int version, String name, LocalDate effectiveFrom, OrgKind subjectKind) {
      this.id = id;
      this.district = district;
      this.version = version;
      this.name = name;
      this.effectiveFrom = effectiveFrom;
      this.subjectKind = subjectKind;
    }

    /**
     * Another identity: id, district, version and name replaced, every rule kept (e.g. a district
     * adopting another's rules as its own revision; set the effective dates too).
     */
    public Builder identity(RulesetId id, DistrictId district, int version, String name) {
      this.id = id;
      this.district = district;
      this.version = version;
      this.name = name;
      return this;
    }

    public Builder version(int version) {
      this.version = version;
      return this;
    }

    public Builder effectiveFrom(LocalDate from) {
      this.effectiveFrom = from;
      return this;
    }

    public Builder effectiveUntil(LocalDate until) {
      this.effectiveUntil = Optional.ofNullable(until);
      return this;
    }

    public Builder parent(RulesetRef parent) {
      this.parent = Optional.ofNullable(parent);
      return this;
    }

    public Builder indicator(Indicator indicator) {
      return add(indicators, indicator);
    }

    public Builder input(InputSpec input) {
      return add(inputs, input);
    }

    public Builder aggregation(Aggregation aggregation, Rounding rounding) {
      this.aggregation = aggregation;
      this.rounding = rounding;
      return this;
    }

    public Builder pointsMustAddUp(boolean value) {
      this.pointsMustAddUp = value;
      return this;
    }

    public Builder bonus(Bonus bonus) {
      return add(bonuses, bonus);
    }

    public Builder veto(Veto veto) {
      return add(vetoes, veto);
    }

    public Builder gate(Gate gate) {
      return add(gates, gate);
    }

    public Builder grade(Grade grade) {
      return add(grades, grade);
    }

    public Builder quota(Quota quota) {
      return add(quotas, quota);
    }

    public Builder exemption(Exemption exemption) {
      return add(exemptions, exemption);
    }

    /** Replaces every exemption. */
    public Builder exemptions(List<Exemption> all) {
      return replace(exemptions, all);
    }

    public Builder remove(String id) {
      return add(removed, id);
    }

    /** Replaces every top-level indicator (e.g. a derived ruleset with one indicator changed). */
    public Builder indicators(List<Indicator> all) {
      return replace(indicators, all);
    }

    /** Replaces every veto. */
    public Builder vetoes(List<Veto> all) {
      return replace(vetoes, all);
    }

    /** Replaces every gate. */
    public Builder gates(List<Gate> all) {
      return replace(gates, all);
    }

    /** Replaces every grade. */
    public Builder grades(List<Grade> all) {
      return replace(grades, all);
    }

    /** Replaces every quota. */
    public Builder quotas(List<Quota> all) {
      return replace(quotas, all);
    }

    private <T> Builder add(List<T> list, T item) {
      list.add(item);
      return this;
    }

    private <T> Builder replace(List<T> list, List<T> all) {
      List<T> copy = List.copyOf(all); // refuses nulls before anything changes
      list.clear();
      list.addAll(copy);
      return this;
    }

    /** The default missing-value policy; null leaves it to the parent (else ZERO). */
    public Builder missing(MissingPolicy policy) {
      this.missing = Optional.ofNullable(policy);
      return this;
    }

    /** The rounding of totals rescaled for excluded sub-items; null leaves it to the parent. */
    public Builder rescaleRounding(Rounding rounding) {
      this.rescaleRounding = Optional.ofNullable(rounding);
      return this;
    }

    /** Replaces every declared input. */
    public Builder inputs(List<InputSpec> all) {
      return replace(inputs, all);
    }

    /** Replaces every bonus. */
    public Builder bonuses(List<Bonus> all) {
      return replace(bonuses, all);
    }

    /** Replaces the ids removed from the parent. */
    public Builder removed(List<String> all) {
      return replace(removed, all);
    }

    /** The length of the period it rates (评定周期); null: any period (a child's: the parent's). */
    public Builder period(PeriodKind kind) {
      this.period = Optional.ofNullable(kind);
      return this;
    }

    /** The cap of the total before bonuses; null for none. */
    public Builder totalCap(Long cap) {
      this.totalCap = Optional.ofNullable(cap);
      return this;
    }

    /** The ruleset, checked: every required field present, dates in order, no removal without a parent. */
    public Ruleset build() {
      return new Ruleset(this);
    }
  }
}
