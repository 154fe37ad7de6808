package org.grassroots.spi.jdbc;

import java.util.regex.Pattern;
import org.grassroots.input.Check;

/**
 * The provider's table names: a validated prefix before fixed names. The prefix is the only text
 * that reaches SQL from configuration, and it must match {@link #PREFIX}.
 */
record Tables(
    String prefix,
    String district,
    String unit,
    String revision,
    String closure,
    String member,
    String alliance,
    String allianceMembership,
    String audit,
    String ruleset,
    String measurement,
    String starBook,
    String starChange,
    String starFailure,
    String starTrail,
    String record) {

  /** Lower-case ASCII letter first, then letters, digits and underscores; at most 24; may be empty. */
  static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]{0,23})?");

  static Tables withPrefix(String prefix) {
    Check.matches("jdbc.tablePrefix", prefix, PREFIX, "jdbc.text.tablePrefix");
    return new Tables(
        prefix,
        prefix + "district",
        prefix + "org_unit",
        prefix + "org_unit_rev",
        prefix + "org_closure",
        prefix + "member",
        prefix + "alliance",
        prefix + "alliance_membership",
        prefix + "audit",
        prefix + "ruleset",
        prefix + "measurement",
        prefix + "star_book",
        prefix + "star_change",
        prefix + "star_failure",
        prefix + "star_trail",
        prefix + "record");
  }

  /** Every table with the columns the provider reads and writes, for the schema check. */
  String[][] expected() {
    String unitCols = "district, " + OrgRows.COLUMNS;
    return new String[][] {
      {district, "district, audit_seq"},
      {unit, unitCols},
      {revision, unitCols},
      {closure, "district, ancestor, descendant, depth"},
      {member, "district, " + MemberRows.COLUMNS},
      {alliance, "district, " + AllianceRows.COLUMNS},
      {allianceMembership, "district, alliance_id, " + AllianceRows.MEMBERSHIP_COLUMNS},
      {audit, "district, " + AuditRows.COLUMNS},
      {ruleset, "district, id, version, effective_from, effective_until, body"},
      {measurement, "district, period_id, unit_id, indicator_id, fixed_value"},
      {starBook, "district, scheme, version, failures_before_revoke, last_period"},
      {starChange, "district, scheme, " + StarRows.CHANGE_COLUMNS},
      {starFailure, "district, scheme, unit_id, star, failed"},
      {starTrail, "district, scheme, pos, audit_seq"},
      {record, "district, kind, id, version, owner_id, period_id, status, fields_json"},
    };
  }
}
