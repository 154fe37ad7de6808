package org.grassroots.audit;

import com.google.common.collect.ImmutableMap;

/**
 * A stored thing that can show itself in the audit trail (可审计): the fields an audit record
 * shows before and after a change, personal data already masked.
 */
@FunctionalInterface
public interface Described {

  /** The fields an audit record shows, personal data masked. */
  ImmutableMap<String, String> describe();
}
