package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * A district's assessment rules as data (考核规则集): one immutable revision. Rules are never deleted,
 * only superseded by a new version with its own effective date ({@link RulesetHistory}).
 *
 * <p>How results are computed and how a child overrides its parent: the {@code org.grassroots.rules} package summary.
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
 * </ul>
 */
public final class Ruleset {
  private final RulesetId id;
  private final DistrictId district;
  private final int version;
  private final String name;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveUntil;
  private final Optional<RulesetRef> parent;
  private final OrgKind subjectKind;
  private final List<Indicator> indicators;
  private final List<InputSpec> inputs;
  private final Aggregation aggregation;
  private final Rounding rounding;
  private final Optional<Long> totalCap;
  private final boolean pointsMustAddUp;
  private final List<Bonus> bonuses;
  private final List<Veto> vetoes;
  private final List<Gate> gates;
  private final List<Grade> grades;
  private final List<Quota> quotas;
  private final List<String> removed;
  private final Optional<MissingPolicy> missing;
  private final Optional<Rounding> rescaleRounding;
  private final List<Exemption> exemptions;

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
    this.id = b.id;
    this.district = b.district;
    this.version = b.version;
    this.name = checkedName;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveUntil = b.effectiveUntil;
    this.parent = b.parent;
    this.subjectKind = b.subjectKind;
    this.indicators = ImmutableList.copyOf(b.indicators);
    this.inputs = ImmutableList.copyOf(b.inputs);
    this.aggregation = b.aggregation;
    this.rounding = b.rounding;
    this.totalCap = b.totalCap;
    this.pointsMustAddUp = b.pointsMustAddUp;
    this.bonuses = ImmutableList.copyOf(b.bonuses);
    this.vetoes = ImmutableList.copyOf(b.vetoes);
    this.gates = ImmutableList.copyOf(b.gates);
    this.grades = ImmutableList.copyOf(b.grades);
    this.quotas = ImmutableList.copyOf(b.quotas);
    this.removed = ImmutableList.copyOf(b.removed);
    this.missing = b.missing;
    this.rescaleRounding = b.rescaleRounding;
    this.exemptions = ImmutableList.copyOf(b.exemptions);
  }

  public RulesetId id() {
    return id;
  }

  public DistrictId district() {
    return district;
  }

  public int version() {
    return version;
  }

  public String name() {
    return name;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public Optional<LocalDate> effectiveUntil() {
    return effectiveUntil;
  }

  public Optional<RulesetRef> parent() {
    return parent;
  }

  public OrgKind subjectKind() {
    return subjectKind;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public List<InputSpec> inputs() {
    return inputs;
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  public Rounding rounding() {
    return rounding;
  }

  public Optional<Long> totalCap() {
    return totalCap;
  }

  public boolean pointsMustAddUp() {
    return pointsMustAddUp;
  }

  public List<Bonus> bonuses() {
    return bonuses;
  }

  public List<Veto> vetoes() {
    return vetoes;
  }

  public List<Gate> gates() {
    return gates;
  }

  public List<Grade> grades() {
    return grades;
  }

  public List<Quota> quotas() {
    return quotas;
  }

  public List<String> removed() {
    return removed;
  }

  public Optional<MissingPolicy> missing() {
    return missing;
  }

  public Optional<Rounding> rescaleRounding() {
    return rescaleRounding;
  }

  public List<Exemption> exemptions() {
    return exemptions;
  }

  /** The missing-value default of a complete ruleset: its own, else {@link MissingPolicy#ZERO}. */
  public MissingPolicy missingDefault() {
    return missing.orElse(MissingPolicy.ZERO);
  }

  /** This revision's reference. */
  public RulesetRef ref() {
    return new RulesetRef(district, id, version);
  }

  /** True when this revision is in force on {@code date} by its own dates. */
  public boolean coversDate(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveUntil.isEmpty() || date.isBefore(effectiveUntil.get()));
  }

  /**
   * This ruleset with other vetoes, gates, grades and quotas, every other field kept (the missing-value
   * policies included) — for programs and scenarios that derive a ruleset from another.
   */
  public Ruleset withRules(List<Veto> newVetoes, List<Gate> newGates, List<Grade> newGrades, List<Quota> newQuotas) {
    return toBuilder().vetoes(newVetoes).gates(newGates).grades(newGrades).quotas(newQuotas).build();
  }

  /** A builder starting from this revision (e.g. for the next version); every field is copied. */
  public Builder toBuilder() {
    Builder b = new Builder(id, district, version, name, effectiveFrom, subjectKind);
    b.effectiveUntil = effectiveUntil;
    b.parent = parent;
    b.indicators.addAll(indicators);
    b.inputs.addAll(inputs);
    b.aggregation = aggregation;
    b.rounding = rounding;
    b.totalCap = totalCap;
    b.pointsMustAddUp = pointsMustAddUp;
    b.bonuses.addAll(bonuses);
    b.vetoes.addAll(vetoes);
    b.gates.addAll(gates);
    b.grades.addAll(grades);
    b.quotas.addAll(quotas);
    b.removed.addAll(removed);
    b.missing = missing;
    b.rescaleRounding = rescaleRounding;
    b.exemptions.addAll(exemptions);
    return b;
  }

  /** The parts in declaration order, named by {@link #PART_NAMES}: one list for equals, hashCode and toString. */
  private Object[] parts() {
    return new Object[] {id, district, version, name, effectiveFrom, effectiveUntil, parent, subjectKind, indicators,
        inputs, aggregation, rounding, totalCap, pointsMustAddUp, bonuses, vetoes, gates, grades, quotas, removed,
        missing, rescaleRounding, exemptions};
  }

  private static final List<String> PART_NAMES = List.of("id", "district", "version", "name", "effectiveFrom", "effectiveUntil",
      "parent", "subjectKind", "indicators", "inputs", "aggregation", "rounding", "totalCap", "pointsMustAddUp", "bonuses",
      "vetoes", "gates", "grades", "quotas", "removed", "missing", "rescaleRounding", "exemptions");

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Ruleset r && Arrays.equals(parts(), r.parts());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(parts());
  }

  @Override
  public String toString() {
    Object[] p = parts();
    StringJoiner j = new StringJoiner(", ", "Ruleset[", "]");
    for (int i = 0; i < p.length; i++) {
      j.add(PART_NAMES.get(i) + "=" + p[i]);
    }
    return j.toString();
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
      indicators.add(indicator);
      return this;
    }

    public Builder input(InputSpec input) {
      inputs.add(input);
      return this;
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
      bonuses.add(bonus);
      return this;
    }

    public Builder veto(Veto veto) {
      vetoes.add(veto);
      return this;
    }

    public Builder gate(Gate gate) {
      gates.add(gate);
      return this;
    }

    public Builder grade(Grade grade) {
      grades.add(grade);
      return this;
    }

    public Builder quota(Quota quota) {
      quotas.add(quota);
      return this;
    }

    public Builder exemption(Exemption exemption) {
      exemptions.add(exemption);
      return this;
    }

    public Builder remove(String id) {
      removed.add(id);
      return this;
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
