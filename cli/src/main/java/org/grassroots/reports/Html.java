package org.grassroots.reports;

import java.util.Set;
import org.grassroots.stars.Money;

/** The page around the charts: escaping, the head with its CSS and CJK font stack, tables with money as ¥. */
final class Html {
  /**
   * Which body cells of a table on the page are money in yuan, shown as ¥20,000.00 (the CSVs keep
   * 20000.00): asked of the figures' and parameters' own kinds ({@code FigureKind.MONEY}), never of
   * their names. Rows count from the header (row 0, never money).
   */
  @FunctionalInterface
  interface MoneyCells {
    /** No cell is money. */
    MoneyCells NONE = (row, column) -> false;

    boolean money(int row, int column);

    /** Every body cell of the columns {@code columns}. */
    static MoneyCells columns(Set<Integer> columns) {
      return (row, column) -> columns.contains(column);
    }
  }

  private Html() {}

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The document up to the opening body tag. */
  static String head(String title) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + esc(title)
        + "</title><style>"
        + "body{font-family:" + ECharts.FONTS + ";margin:24px;color:#222;max-width:1280px}"
        + "h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:15px;margin-top:20px}"
        + "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        + "th{background:#f4f4f4}td:nth-child(2){text-align:left}td,th{white-space:nowrap}.wide{overflow-x:auto}"
        + ".chart{display:block;margin:10px 0;background:#fff;border:1px solid #eee;width:100%}"
        + ".note{color:#666;font-size:13px}.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:8px}"
        + "</style></head><body>";
  }

  /** A yuan amount as written in the CSVs ({@code 20000.00}) as shown on the page ({@code ¥20,000.00}); other text as is. */
  static String yuan(String plain) {
    try {
      return Money.ofFen(new java.math.BigDecimal(plain).movePointRight(2).longValueExact()).format();
    } catch (ArithmeticException | NumberFormatException e) {
      return plain;
    }
  }
}
