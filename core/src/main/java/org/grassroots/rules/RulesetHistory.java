package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * Every revision of a district's rulesets (规则集版本历史), an immutable value. Revisions are only
 * ever added: version {@code n + 1} supersedes version {@code n} from its own effective date, and
 * nothing is deleted, so the ruleset in force on any past date can still be asked for.
 */
public final class RulesetHistory {
  private final DistrictId district;
  private final ImmutableMap<RulesetId, ImmutableList<Ruleset>> versions;

  private RulesetHistory(DistrictId district, ImmutableMap<RulesetId, ImmutableList<Ruleset>> versions) {
    this.district = district;
    this.versions = versions;
  }

  /** An empty history for {@code district}. */
  public static RulesetHistory empty(DistrictId district) {
    return new RulesetHistory(Check.notNull("district", district), ImmutableMap.of());
  }

  /** The district whose rulesets these are. */
  public DistrictId district() {
    return district;
  }

  /**
   * This history with {@code revision} added.
   *
   * @throws InvalidInputException if it belongs to another district or its version is not the next
   *     one (1 for a new ruleset, latest + 1 otherwise)
   */
  public RulesetHistory with(Ruleset revision) {
    Check.notNull("ruleset", revision);
    Check.that(
        revision.district().equals(district), "rules.otherDistrict", "ruleset.district",
        revision.district(), district);
    List<Ruleset> existing = versions.getOrDefault(revision.id(), ImmutableList.of());
    int expected = existing.size() + 1;
    Check.that(
        revision.version() == expected, "rules.versionNotNext", "ruleset.version",
        revision.version(), expected);
    Map<RulesetId, ImmutableList<Ruleset>> next = new LinkedHashMap<>(versions);
    next.put(revision.id(), ImmutableList.<Ruleset>builder().addAll(existing).add(revision).build());
    return new RulesetHistory(district, ImmutableMap.copyOf(next));
  }

  /** Every revision of {@code id}, version 1 first. */
  public List<Ruleset> versions(RulesetId id) {
    return versions.getOrDefault(id, ImmutableList.of());
  }

  /** The ids of the rulesets held. */
  public List<RulesetId> ids() {
    return ImmutableList.copyOf(versions.keySet());
  }

  /** The revision {@code version} of {@code id}, if held. */
  public Optional<Ruleset> get(RulesetId id, int version) {
    List<Ruleset> vs = versions(id);
    return version >= 1 && version <= vs.size() ? Optional.of(vs.get(version - 1)) : Optional.empty();
  }

  /** The latest revision of {@code id}, whatever its dates. */
  public Optional<Ruleset> latest(RulesetId id) {
    List<Ruleset> vs = versions(id);
    return vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(vs.size() - 1));
  }

  /**
   * The revision of {@code id} in force on {@code date}: the highest version whose own effective
   * period covers the date (a later version supersedes an earlier one from its effective date).
   */
  public Optional<Ruleset> inForce(RulesetId id, LocalDate date) {
    Check.notNull("date", date);
    List<Ruleset> vs = versions(id);
    for (int i = vs.size() - 1; i >= 0; i--) {
      if (vs.get(i).coversDate(date)) {
        return Optional.of(vs.get(i));
      }
    }
    return Optional.empty();
  }
}
