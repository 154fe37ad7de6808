/**
 * Rates and derived measurements (比率与派生量), shared by the ledgers, orders and dual registration:
 * one rate/average/median computation with declared rounding and zero-denominator answer ({@link
 * org.grassroots.rates.Rates}, {@link org.grassroots.rates.RatePolicy}), and the conversion of
 * derived values to {@link org.grassroots.rules.Measurement}s ({@link org.grassroots.rates.Derived}).
 */
package org.grassroots.rates;
