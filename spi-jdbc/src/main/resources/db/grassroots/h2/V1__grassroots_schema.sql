-- grassroots storage schema, h2 family. Shipped in the jar for the provider's CREATE mode and
-- for a host's Flyway (placeholder ${prefix}, e.g. gr_) or Liquibase. Idempotent: every statement
-- is IF NOT EXISTS, so applying it twice is safe. Ids are ASCII compared in binary order.

CREATE TABLE IF NOT EXISTS ${prefix}district (
  district VARCHAR(64) NOT NULL,
  audit_seq BIGINT NOT NULL,
  PRIMARY KEY (district)
);

CREATE TABLE IF NOT EXISTS ${prefix}org_unit (
  district VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  parent_id VARCHAR(64),
  division_code VARCHAR(12),
  status VARCHAR(16) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  temp_project VARCHAR(200),
  temp_ends_on DATE,
  successor VARCHAR(64),
  revision_date DATE NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (district, id)
);

CREATE INDEX IF NOT EXISTS ${prefix}org_unit_parent ON ${prefix}org_unit (district, parent_id, id);

CREATE TABLE IF NOT EXISTS ${prefix}org_unit_rev (
  district VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  kind VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  parent_id VARCHAR(64),
  division_code VARCHAR(12),
  status VARCHAR(16) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  temp_project VARCHAR(200),
  temp_ends_on DATE,
  successor VARCHAR(64),
  revision_date DATE NOT NULL,
  PRIMARY KEY (district, id, version)
);

CREATE TABLE IF NOT EXISTS ${prefix}org_closure (
  district VARCHAR(64) NOT NULL,
  ancestor VARCHAR(64) NOT NULL,
  descendant VARCHAR(64) NOT NULL,
  depth INT NOT NULL,
  PRIMARY KEY (district, ancestor, descendant)
);

CREATE INDEX IF NOT EXISTS ${prefix}org_closure_desc ON ${prefix}org_closure (district, descendant, depth);

CREATE TABLE IF NOT EXISTS ${prefix}member (
  district VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  id_number VARCHAR(512) NOT NULL,
  phone VARCHAR(512),
  organization VARCHAR(64) NOT NULL,
  serving_community VARCHAR(64),
  in_service BOOLEAN NOT NULL,
  household VARCHAR(64),
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (district, id)
);

CREATE INDEX IF NOT EXISTS ${prefix}member_org ON ${prefix}member (district, organization, id);

CREATE INDEX IF NOT EXISTS ${prefix}member_serving ON ${prefix}member (district, serving_community, id);

CREATE TABLE IF NOT EXISTS ${prefix}alliance (
  district VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  anchor VARCHAR(64) NOT NULL,
  rotation_order CHARACTER VARYING(1000000),
  rotation_start DATE,
  rotation_turn VARCHAR(40),
  version BIGINT NOT NULL,
  PRIMARY KEY (district, id)
);

CREATE INDEX IF NOT EXISTS ${prefix}alliance_anchor ON ${prefix}alliance (district, anchor, id);

CREATE TABLE IF NOT EXISTS ${prefix}alliance_membership (
  district VARCHAR(64) NOT NULL,
  alliance_id VARCHAR(64) NOT NULL,
  unit_id VARCHAR(64) NOT NULL,
  pos INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  joined_on DATE NOT NULL,
  left_on DATE,
  PRIMARY KEY (district, alliance_id, unit_id)
);

CREATE TABLE IF NOT EXISTS ${prefix}audit (
  district VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  subject_type VARCHAR(64) NOT NULL,
  subject_id VARCHAR(200) NOT NULL,
  action VARCHAR(64) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  at_seconds BIGINT NOT NULL,
  at_nanos INT NOT NULL,
  before_fields CHARACTER VARYING(1000000) NOT NULL,
  after_fields CHARACTER VARYING(1000000) NOT NULL,
  PRIMARY KEY (district, seq)
);

CREATE INDEX IF NOT EXISTS ${prefix}audit_subject ON ${prefix}audit (district, subject_type, subject_id, seq);

-- Rulesets: one row per revision; the revision as the JSON text of the rules format.
CREATE TABLE IF NOT EXISTS ${prefix}ruleset (
  district VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  version INT NOT NULL,
  effective_from DATE NOT NULL,
  effective_until DATE,
  body CHARACTER VARYING(1000000) NOT NULL,
  PRIMARY KEY (district, id, version)
);

-- Measured values: one per unit, indicator and period; the key order serves forPeriod.
CREATE TABLE IF NOT EXISTS ${prefix}measurement (
  district VARCHAR(64) NOT NULL,
  period_id VARCHAR(16) NOT NULL,
  unit_id VARCHAR(64) NOT NULL,
  indicator_id VARCHAR(64) NOT NULL,
  fixed_value BIGINT NOT NULL,
  PRIMARY KEY (district, period_id, unit_id, indicator_id)
);

-- Star books: the book, its changes, the current failure counts, and its trail as audit sequences.
CREATE TABLE IF NOT EXISTS ${prefix}star_book (
  district VARCHAR(64) NOT NULL,
  scheme VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  failures_before_revoke INT NOT NULL,
  last_period VARCHAR(16),
  PRIMARY KEY (district, scheme)
);

CREATE TABLE IF NOT EXISTS ${prefix}star_change (
  district VARCHAR(64) NOT NULL,
  scheme VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  unit_id VARCHAR(64) NOT NULL,
  star VARCHAR(64) NOT NULL,
  star_name VARCHAR(200) NOT NULL,
  period_id VARCHAR(16) NOT NULL,
  action VARCHAR(16) NOT NULL,
  cause VARCHAR(32) NOT NULL,
  details CHARACTER VARYING(1000000) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  at_seconds BIGINT NOT NULL,
  at_nanos INT NOT NULL,
  level_before INT NOT NULL,
  level_after INT NOT NULL,
  publicity CHARACTER VARYING(1000000) NOT NULL,
  PRIMARY KEY (district, scheme, seq)
);

CREATE TABLE IF NOT EXISTS ${prefix}star_failure (
  district VARCHAR(64) NOT NULL,
  scheme VARCHAR(64) NOT NULL,
  unit_id VARCHAR(64) NOT NULL,
  star VARCHAR(64) NOT NULL,
  failed INT NOT NULL,
  PRIMARY KEY (district, scheme, unit_id, star)
);

CREATE TABLE IF NOT EXISTS ${prefix}star_trail (
  district VARCHAR(64) NOT NULL,
  scheme VARCHAR(64) NOT NULL,
  pos BIGINT NOT NULL,
  audit_seq BIGINT NOT NULL,
  PRIMARY KEY (district, scheme, pos)
);

-- Program records of every kind (RecordStore: ledger entries, service orders, board entries, ...):
-- one row per district, kind and id; the record's fields as a flat JSON object of strings.
CREATE TABLE IF NOT EXISTS ${prefix}record (
  district VARCHAR(64) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  id VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  owner_id VARCHAR(64),
  period_id VARCHAR(16),
  status VARCHAR(32),
  fields_json CHARACTER VARYING(1000000) NOT NULL,
  PRIMARY KEY (district, kind, id)
);

CREATE INDEX IF NOT EXISTS ${prefix}record_owner ON ${prefix}record (district, kind, owner_id, id);
CREATE INDEX IF NOT EXISTS ${prefix}record_period ON ${prefix}record (district, kind, period_id, id);
