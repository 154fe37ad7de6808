package org.grassroots.spi;

import com.google.common.collect.ImmutableMap;
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
 *
 * <p>Each append writes one audit entry in the same atomic step: subject type {@link
 * #SUBJECT_TYPE}, subject id the ruleset id, action {@code append}, before = {@link
 * #describe(Ruleset) the description} of the previous version (empty for version 1), after = the
 * new revision's.
 */
public interface RulesetStore {
  /** The audit subject type of rulesets. */
  String SUBJECT_TYPE = "ruleset";

  /**
   * Appends {@code revision} to its district's rulesets (its version must be 1 for a new ruleset,
   * latest + 1 otherwise) and writes an audit record. The revision is stored as given.
   *
   * @throws StaleVersionException if the version is already held (someone appended first)
   * @throws org.grassroots.input.InvalidInputException (key {@code rules.versionNotNext}) if the
   *     version skips one
   */
  Ruleset append(Change change, Ruleset revision);

  /** One revision, if held. */
  Optional<Ruleset> find(DistrictId district, RulesetId id, int version);

  /** Every revision of a ruleset, version 1 first; empty if none. */
  List<Ruleset> versions(DistrictId district, RulesetId id);

  /** The revision in force on {@code date}: the highest version whose effective period covers it. */
  Optional<Ruleset> inForce(DistrictId district, RulesetId id, LocalDate date);

  /** The ids of the district's rulesets, in id order. */
  List<RulesetId> ids(DistrictId district);

  /**
   * A revision as the audit trail shows it: version, name, effective dates, parent and how many
   * indicators, inputs, vetoes, gates and grades it has (the revision itself stays readable by
   * {@link #find}).
   */
  static ImmutableMap<String, String> describe(Ruleset r) {
    return ImmutableMap.<String, String>builder()
        .put("version", Integer.toString(r.version()))
        .put("name", r.name())
        .put("effectiveFrom", r.effectiveFrom().toString())
        .put("effectiveUntil", r.effectiveUntil().map(LocalDate::toString).orElse(""))
        .put("parent", r.parent().map(Object::toString).orElse(""))
        .put("subjectKind", r.subjectKind().toString())
        .put("indicators", Integer.toString(r.indicators().size()))
        .put("inputs", Integer.toString(r.inputs().size()))
        .put("vetoes", Integer.toString(r.vetoes().size()))
        .put("gates", Integer.toString(r.gates().size()))
        .put("grades", Integer.toString(r.grades().size()))
        .build();
  }
}
