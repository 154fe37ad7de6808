/**
 * Mechanisms shared by the programs (各项工作机制共用部分): one status machine for every workflow,
 * one rate/average/median computation with declared rounding and zero-denominator answer, and the
 * conversion of derived values to {@link org.grassroots.rules.Measurement}s.
 */
package org.grassroots.programs;
