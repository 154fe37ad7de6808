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
 * that zeroes sets the total to 0. The grades are then assigned best first, subject to gates,
 * vetoes and quotas.
 *
 * <p><b>Inheritance.</b> A ruleset with a {@code parent} (a city baseline) holds only its overrides:
 * an indicator, input, bonus, veto, gate, grade, quota or exemption with the same id as one of the parent's
 * replaces it (an indicator wherever it sits in the tree); one with a new id is added (an indicator
 * as a new top-level category); the ids in {@code removed} are removed. The scalar fields (subject
 * kind, aggregation, rounding, total cap, points-must-add-up) are the child's own, except the
 * missing-value default and the rescale rounding, which a child that leaves them out takes from its
 * parent (a city baseline can declare them for all its districts). The effective
 * ruleset is resolved by the assessment package; a cycle of parents is refused.
 *
 * @param id the ruleset, stable across versions
 * @param district the owner (tenant)
 * @param version the revision, from 1; a new revision supersedes the previous from its date
 * @param name display name (Chinese), e.g. "云冈区社区党建考核办法（2024）"
 * @param effectiveFrom the first day the revision is in force
 * @param effectiveUntil the day the revision stops being in force (exclusive); empty for open
 * @param parent the baseline this ruleset overrides; empty for a complete ruleset
 * @param subjectKind the kind of unit assessed (e.g. {@code community-org})
 * @param indicators the top-level categories (or items), in display order
 * @param inputs measured inputs that are not sub-items (events, achievements, targets)
 * @param aggregation how the top-level categories make the total
 * @param rounding the rounding of a weighted total
 * @param totalCap the most a total can be before bonuses, inclusive; empty for none
 * @param pointsMustAddUp when true, every category's full marks equal the sum of its children's and
 *     the top-level full marks equal {@code totalCap} if present (checked by the validator)
 * @param bonuses points outside the cap
 * @param vetoes 一票否决 rules
 * @param gates named conditions that grades require
 * @param grades best first
 * @param quotas limits on how many units of a group may get a grade
 * @param removed ids removed from the parent's ruleset (only with a parent)
 * @param missing the default missing-value policy of sub-items and declared inputs that declare
 *     none ({@link MissingPolicy}); empty: the parent's, else {@link MissingPolicy#ZERO}
 * @param rescaleRounding the rounding of the rescaled total when sub-items are excluded for a
 *     missing value ({@link MissingPolicy#EXCLUDE}); required (here or in a parent) when any is
 * @param exemptions when a unit is not assessed at all (免于考核), checked before anything else decides
 */
public record Ruleset(
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
    List<Exemption> exemptions) {

  /** A ruleset without exemptions (every unit of the subject kind is assessed). */
  public Ruleset(RulesetId id, DistrictId district, int version, String name, LocalDate effectiveFrom,
      Optional<LocalDate> effectiveUntil, Optional<RulesetRef> parent, OrgKind subjectKind, List<Indicator> indicators,
      List<InputSpec> inputs, Aggregation aggregation, Rounding rounding, Optional<Long> totalCap,
      boolean pointsMustAddUp, List<Bonus> bonuses, List<Veto> vetoes, List<Gate> gates, List<Grade> grades,
      List<Quota> quotas, List<String> removed, Optional<MissingPolicy> missing, Optional<Rounding> rescaleRounding) {
    this(id, district, version, name, effectiveFrom, effectiveUntil, parent, subjectKind, indicators, inputs,
        aggregation, rounding, totalCap, pointsMustAddUp, bonuses, vetoes, gates, grades, quotas, removed, missing,
        rescaleRounding, List.of());
  }

  public Ruleset {
    Check.notNull("ruleset.id", id);
    Check.notNull("ruleset.district", district);
    Check.atLeast("ruleset.version", version, 1);
    name = Check.notBlank("ruleset.name", name);
    Check.maxLength("ruleset.name", name, 200);
    Check.notNull("ruleset.effectiveFrom", effectiveFrom);
    Check.notNull("ruleset.effectiveUntil", effectiveUntil);
    if (effectiveUntil.isPresent() && !effectiveUntil.get().isAfter(effectiveFrom)) {
      throw new InvalidInputException(
          "input.dateOrder", "ruleset.effectiveUntil", effectiveUntil.get().toString(), effectiveFrom);
    }
    Check.notNull("ruleset.parent", parent);
    Check.notNull("ruleset.subjectKind", subjectKind);
    indicators = ImmutableList.copyOf(Check.notNull("ruleset.indicators", indicators));
    inputs = ImmutableList.copyOf(Check.notNull("ruleset.inputs", inputs));
    Check.notNull("ruleset.aggregation", aggregation);
    Check.notNull("ruleset.rounding", rounding);
    Check.notNull("ruleset.totalCap", totalCap);
    bonuses = ImmutableList.copyOf(Check.notNull("ruleset.bonuses", bonuses));
    vetoes = ImmutableList.copyOf(Check.notNull("ruleset.vetoes", vetoes));
    gates = ImmutableList.copyOf(Check.notNull("ruleset.gates", gates));
    grades = ImmutableList.copyOf(Check.notNull("ruleset.grades", grades));
    quotas = ImmutableList.copyOf(Check.notNull("ruleset.quotas", quotas));
    removed = ImmutableList.copyOf(Check.notNull("ruleset.removed", removed));
    Check.that(
        parent.isPresent() || removed.isEmpty(), "rules.removedWithoutParent", "ruleset.removed", removed);
    Check.notNull("ruleset.missing", missing);
    Check.notNull("ruleset.rescaleRounding", rescaleRounding);
    exemptions = ImmutableList.copyOf(Check.notNull("ruleset.exemptions", exemptions));
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
   * This ruleset's content under another identity: id, district, version, name and effective
   * dates replaced, every rule kept (e.g. a district adopting another's rules as its own revision).
   */
  public Ruleset withIdentity(RulesetId newId, DistrictId newDistrict, int newVersion, String newName,
      LocalDate from, Optional<LocalDate> until) {
    return new Ruleset(newId, newDistrict, newVersion, newName, from, until, parent, subjectKind, indicators,
        inputs, aggregation, rounding, totalCap, pointsMustAddUp, bonuses, vetoes, gates, grades, quotas,
        removed, missing, rescaleRounding, exemptions);
  }

  /**
   * This ruleset with other vetoes, gates, grades and quotas, every other field kept (the missing-value
   * policies included) — for programs and scenarios that derive a ruleset from another.
   */
  public Ruleset withRules(List<Veto> newVetoes, List<Gate> newGates, List<Grade> newGrades, List<Quota> newQuotas) {
    return toBuilder().vetoes(newVetoes).gates(newGates).grades(newGrades).quotas(newQuotas).build();
  }

  /** A builder starting from this revision (e.g. for the next version). */
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

  /** A builder with the required fields; lists start empty, aggregation SUM, no cap. */
  public static Builder builder(
      String id, DistrictId district, int version, String name, LocalDate effectiveFrom, OrgKind subjectKind) {
    return new Builder(RulesetId.of(id), district, version, name, effectiveFrom, subjectKind);
  }

  /** Builds a {@link Ruleset}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final RulesetId id;
    private final DistrictId district;
    private int version;
    private final String name;
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

    public Builder totalCap(long cap) {
      this.totalCap = Optional.of(cap);
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

    /** Replaces every exemption. */
    public Builder exemptions(List<Exemption> all) {
      return replace(exemptions, all);
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

    public Ruleset build() {
      return new Ruleset(
          id, district, version, name, effectiveFrom, effectiveUntil, parent, subjectKind,
          indicators, inputs, aggregation, rounding, totalCap, pointsMustAddUp,
          bonuses, vetoes, gates, grades, quotas, removed, missing, rescaleRounding, exemptions);
    }
  }
}
