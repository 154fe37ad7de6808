package org.grassroots.reports;

import java.util.List;
import java.util.Locale;

/** Small SVG chart writers: plain strings, no scripts, no external references. */
final class Svg {
  static final String[] COLOURS = {"#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#7f8c8d"};
  static final String NONE_COLOUR = "#dddddd";
  private static final int W = 640;
  private static final int H = 300;
  private static final int L = 56;
  private static final int B = 48;
  private static final int T = 28;

  private Svg() {}

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String open(String id, String title) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\" class=\"chart\" width=\"" + W
        + "\" height=\"" + H + "\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"" + esc(title)
        + "\"><title>" + esc(title) + "</title>"
        + "<text x=\"" + W / 2 + "\" y=\"18\" text-anchor=\"middle\" class=\"t\">" + esc(title) + "</text>";
  }

  /** The y axis with five labels; large values (money in yuan) in 万 (ten thousands) so that they fit. */
  private static String axes(long maxY) {
    StringBuilder s = new StringBuilder();
    s.append(line(L, T, L, H - B)).append(line(L, H - B, W - 10, H - B));
    for (int k = 0; k <= 4; k++) {
      double y = H - B - (H - B - T) * k / 4.0;
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"a\">%s</text>",
          L - 4, y + 4, maxY >= 1_000_000 && k > 0 ? fmt(maxY * k / 4.0 / 10_000) + "万" : fmt(maxY * k / 4.0)));
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"g\"/>", L, y,
          W - 10, y));
    }
    return s.toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"ax\"/>", x1, y1,
        x2, y2);
  }

  /**
   * Grouped bars: one group per category, one bar per series.
   *
   * @param values values[series][category]
   */
  static String bars(String id, String title, List<String> categories, List<String> series, long[][] values) {
    long max = niceMax(values);
    StringBuilder s = new StringBuilder(open(id, title)).append(axes(max));
    double groupW = (W - 10 - L) / (double) Math.max(1, categories.size());
    double barW = groupW * 0.8 / Math.max(1, series.size());
    for (int c = 0; c < categories.size(); c++) {
      double gx = L + c * groupW + groupW * 0.1;
      for (int k = 0; k < series.size(); k++) {
        double h = (H - B - T) * (double) values[k][c] / max;
        s.append(String.format(Locale.ROOT,
            "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
            gx + k * barW, H - B - h, barW - 1, h, COLOURS[(k * 3 + 4) % COLOURS.length], esc(series.get(k)),
            esc(categories.get(c)), values[k][c]));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"a\">%s</text>",
          gx + groupW * 0.4, H - B + 16, esc(categories.get(c))));
    }
    return s.append(legend(series, k -> COLOURS[(k * 3 + 4) % COLOURS.length])).append("</svg>").toString();
  }

  /** Lines: one per series over shared x values. */
  static String lines(String id, String title, String xLabel, List<String> xs, List<String> series, long[][] values) {
    return lines(id, title, xLabel, xs, series, values, niceMax(values), false);
  }

  private static String lines(String id, String title, String xLabel, List<String> xs, List<String> series,
      long[][] values, long max, boolean laterDashed) {
    StringBuilder s = new StringBuilder(open(id, title)).append(axes(max));
    int n = xs.size();
    double step = n > 1 ? (W - 10 - L - 20) / (double) (n - 1) : 0;
    for (int k = 0; k < series.size(); k++) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double x = L + 10 + i * step;
        double y = H - B - (H - B - T) * (double) values[k][i] / max;
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      // a later series drawn dashed shows the one under it where they coincide (e.g. paid = due)
      s.append("<polyline class=\"series\" fill=\"none\" stroke-width=\"").append(laterDashed && k > 0 ? "3\" "
          + "stroke-dasharray=\"7 5" : "2").append("\" stroke=\"")
          .append(COLOURS[k % COLOURS.length]).append("\" points=\"").append(pts.toString().strip()).append("\"/>");
    }
    int every = Math.max(1, n / 8);
    for (int i = 0; i < n; i += every) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"a\">%s</text>",
          L + 10 + i * step, H - B + 16, esc(xs.get(i))));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"a\">%s</text>",
        (W + L) / 2, H - 8, esc(xLabel)));
    return s.append(legend(series, k -> COLOURS[k % COLOURS.length])).append("</svg>").toString();
  }

  /**
   * Lines over shared x values with a horizontal level (e.g. a budget) and a marked crossing.
   *
   * @param level the level's value, on the lines' scale
   * @param crossing where the first line crosses the level, as a fractional index into {@code xs}
   *     (drawing only); negative for none
   * @param crossingLabel the text at the mark
   */
  static String linesWithLevel(String id, String title, String xLabel, List<String> xs, List<String> series,
      long[][] values, String levelName, long level, double crossing, String crossingLabel) {
    long max = niceMax(Math.max(level, maxOf(values)));
    String chart = lines(id, title, xLabel, xs, series, values, max, true);
    int n = xs.size();
    double step = n > 1 ? (W - 10 - L - 20) / (double) (n - 1) : 0;
    double y = H - B - (H - B - T) * (double) level / max;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<line class=\"level\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
        + "stroke=\"#555\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"><title>%s: %d</title></line>", L, y, W - 10,
        y, esc(levelName), level));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"a\">%s</text>",
        W - 12, y - 4, esc(levelName)));
    if (crossing >= 0) {
      double x = L + 10 + crossing * step;
      s.append(String.format(Locale.ROOT, "<circle class=\"crossing\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" "
          + "fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"><title>%s</title></circle>", x, y, esc(crossingLabel)));
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" "
          + "stroke-dasharray=\"2 3\"/>", x, y + 5, x, H - B));
      boolean left = x > W * 0.6;
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"a\" fill=\"#c0392b\">%s</text>",
          left ? x - 8 : x + 8, y + 16, left ? "end" : "start", esc(crossingLabel)));
    }
    return chart.substring(0, chart.length() - "</svg>".length()) + s + "</svg>";
  }

  private static long maxOf(long[][] values) {
    long max = 0;
    for (long[] v : values) {
      for (long x : v) {
        max = Math.max(max, x);
      }
    }
    return max;
  }

  /**
   * A heat map: one row per unit, one column per sweep point, the cell coloured by grade index
   * (-1 for none).
   */
  static String heat(String id, String title, List<String> rows, List<String> columns, int[][] cells,
      List<String> gradeNames) {
    int rowH = 12;
    int left = 140;
    int height = T + 20 + rows.size() * rowH + 40;
    double cw = (W - 10 - left) / (double) Math.max(1, columns.size());
    StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id
        + "\" class=\"chart\" width=\"" + W + "\" height=\"" + height + "\" viewBox=\"0 0 " + W + " " + height
        + "\" role=\"img\" aria-label=\"" + esc(title) + "\"><title>" + esc(title) + "</title>"
        + "<text x=\"" + W / 2 + "\" y=\"18\" text-anchor=\"middle\" class=\"t\">" + esc(title) + "</text>");
    for (int r = 0; r < rows.size(); r++) {
      double y = T + 10 + r * rowH;
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"a\">%s</text>",
          left - 4, y + rowH - 2, esc(rows.get(r))));
      // one rect per run of equal cells: the page grows with the changes, not with the columns
      for (int c = 0; c < columns.size(); ) {
        int g = cells[r][c];
        int e = c;
        while (e + 1 < columns.size() && cells[r][e + 1] == g) {
          e++;
        }
        String at = e == c ? esc(columns.get(c)) : esc(columns.get(c)) + "–" + esc(columns.get(e));
        s.append(String.format(Locale.ROOT,
            "<rect class=\"cell\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s @ %s: %s</title></rect>",
            left + c * cw, y, Math.max(1, (e - c + 1) * cw - 0.5), rowH - 1, g < 0 ? NONE_COLOUR : COLOURS[g % COLOURS.length],
            esc(rows.get(r)), at, esc(g < 0 ? "—" : gradeNames.get(g))));
        c = e + 1;
      }
    }
    int every = Math.max(1, columns.size() / 6);
    for (int c = 0; c < columns.size(); c += every) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"a\">%s</text>",
          left + c * cw + cw / 2, T + 10 + rows.size() * rowH + 14, esc(columns.get(c))));
    }
    List<String> legendNames = new java.util.ArrayList<>(gradeNames);
    legendNames.add("—");
    StringBuilder lg = new StringBuilder();
    for (int k = 0; k < legendNames.size(); k++) {
      String colour = k < gradeNames.size() ? COLOURS[k % COLOURS.length] : NONE_COLOUR;
      lg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" class=\"a\">%s</text>", left + k * 80, height - 14, colour, left + k * 80 + 14,
          height - 5, esc(legendNames.get(k))));
    }
    return s.append(lg).append("</svg>").toString();
  }

  private static String legend(List<String> series, java.util.function.IntFunction<String> colour) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < series.size(); k++) {
      int x = L + 8 + k * 110;
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" class=\"a\">%s</text>", x, T - 2, colour.apply(k), x + 14, T + 7,
          esc(series.get(k))));
    }
    return s.toString();
  }

  /** A round upper end of the y axis above every value (at least 1). */
  static long niceMax(long[][] values) {
    long max = 1;
    for (long[] v : values) {
      for (long x : v) {
        max = Math.max(max, x);
      }
    }
    return niceMax(max);
  }

  static long niceMax(long max) {
    long p = 1;
    while (p * 10 <= max) {
      p *= 10;
    }
    for (long m : new long[] {1, 2, 4, 5, 10}) {
      if (m * p >= max) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
