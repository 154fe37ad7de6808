/**
 * Resettlement (返迁安置): households signing their handover agreements (返迁交房协议) for a project,
 * and the progress of the signing over a window — what 金山's temporary branch (返迁临时党支部)
 * mobilised for.
 */
package org.grassroots.resettlement;
