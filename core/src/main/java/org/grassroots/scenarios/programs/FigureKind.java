package org.grassroots.scenarios.programs;

import org.grassroots.rules.Fixed;

/**
 * What a program's figure or parameter counts (数值种类), and so how it is shown: every value is an
 * exact {@code long}, never a binary floating-point number.
 */
public enum FigureKind {
  /** A whole count (e.g. stars held, demonstration communities): shown as is. */
  COUNT,
  /** Money in fen (分): shown as yuan with two decimals, e.g. 1240000.00. */
  MONEY,
  /** A fixed-point number ({@link Fixed}, e.g. a threshold or a share): shown with its decimals. */
  FIXED;

  /** {@code value} as plain exact text for tables and CSV (no thousands separators). */
  public String format(long value) {
    return switch (this) {
      case COUNT -> Long.toString(value);
      case MONEY -> java.math.BigDecimal.valueOf(value, 2).toPlainString();
      case FIXED -> Fixed.format(value);
    };
  }
}
