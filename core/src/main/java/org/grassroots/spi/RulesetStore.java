package org.grassroots.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;

/**
 * Storage of rulesets (规则集存储): append-only revisions. A revision is never updated or deleted; a
 * new version supersedes it from its own effective date. The in-core equivalent is {@link
 * org.grassroots.rules.RulesetHistory}, whose semantics every adapter follows.
 */
public interface RulesetStore {

  /**
   * Appends {@code revision} (its version must be 1 for a new ruleset, latest + 1 otherwise) and
   * writes an audit record.
   *
   * @throws StaleVersionException if the version is not the next one (someone appended first)
   */
  Ruleset append(Change change, Ruleset revision);

  /** One revision, if held. */
  Optional<Ruleset> find(DistrictId district, RulesetId id, int version);

  /** Every revision of a ruleset, version 1 first. */
  List<Ruleset> versions(DistrictId district, RulesetId id);

  /** The revision in force on {@code date}: the highest version whose effective period covers it. */
  Optional<Ruleset> inForce(DistrictId district, RulesetId id, LocalDate date);

  /** The ids of the district's rulesets, in id order. */
  List<RulesetId> ids(DistrictId district);
}
