/**
 * Community types (六型社区): {@link org.grassroots.communitytypes.CommunityTypes} holds the six
 * types' eligibility as rules and the demonstration-community quota (示范社区名额) as a quota of the
 * same ruleset; a community may hold several types. Evaluated by the same mechanism as the stars
 * ({@link org.grassroots.assessment.Designations}). {@link
 * org.grassroots.communitytypes.TypesProgram} puts them into scenarios (情景测算), with the
 * demonstration quota as the parameter {@code types.demonstrationQuota}.
 */
package org.grassroots.communitytypes;
