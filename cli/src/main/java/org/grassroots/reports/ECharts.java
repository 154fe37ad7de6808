package org.grassroots.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Interactive charts (交互式图表) drawn by Apache ECharts, inlined into the page: each chart is a
 * {@code <div data-chart>} and its option as JSON in a {@code <script type="application/json">}
 * beside it; one inline script (the library and {@link #INIT}) draws them all when the page opens,
 * with no network. Options carry tooltips, a legend, zoom on long axes, and marks for the baseline.
 * Money is shown in yuan with ¥, compact on axes (¥2万, ¥1.5亿) and to the fen in tooltips
 * (¥20,000.00): an option names the formatter by a string ({@code "@yuan"}, {@code "@yuanFull"}) that
 * the init script replaces with the function.
 */
final class ECharts {
  /** The ECharts build inlined, from the webjar the cli depends on (org.webjars.npm:echarts). */
  static final String LIBRARY = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  /** Grade colours, best first; no grade is grey. */
  static final String[] COLOURS = {"#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#7f8c8d"};
  static final String NONE_COLOUR = "#dddddd";
  /**
   * CJK fonts in the order a page should try them: Noto Sans CJK SC (Debian's fonts-noto-cjk),
   * Source Han Sans, WenQuanYi, the fonts of Kylin and UOS, then Windows and macOS fonts.
   */
  static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Source Han Sans CN',"
      + "'WenQuanYi Micro Hei','WenQuanYi Zen Hei','Kylin Sans','UKai','UOS Sans','Unifont',"
      + "'Microsoft YaHei','PingFang SC','Hiragino Sans GB','SimHei',sans-serif";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Above this many categories an axis gets a zoom slider. */
  private static final int ZOOM_FROM = 30;

  /** Draws every chart of the page; formatters named in options become functions. */
  static final String INIT = """
      (function(){
      function yuan(v){if(v==null||v==='')return '';var a=Math.abs(v);
        if(a>=1e8)return '¥'+(+(v/1e8).toFixed(2))+'亿';if(a>=1e4)return '¥'+(+(v/1e4).toFixed(2))+'万';
        return '¥'+(+(+v).toFixed(2));}
      function yuanFull(v){if(v==null||v==='')return '';
        return '¥'+Number(v).toLocaleString('en-US',{minimumFractionDigits:2,maximumFractionDigits:2})
          +(Math.abs(v)>=1e4?' ('+yuan(v)+')':'');}
      function treemapTip(i){var v=i.value||[];return i.treePathInfo.slice(1).map(function(n){return n.name;}).join(' › ')
        +'<br/>'+v[0]+' units 单位 · '+(i.seriesName==='stars'?'mean stars 平均星级 ':'mean grade 平均等次 ')+v[1];}
      var F={'@yuan':yuan,'@yuanFull':yuanFull,'@treemapTip':treemapTip};
      function fix(o){if(Array.isArray(o)){o.forEach(fix);return;}
        if(o&&typeof o==='object'){for(var k in o){var v=o[k];
          if(typeof v==='string'&&F[v]&&(k==='formatter'||k==='valueFormatter'))o[k]=F[v];else fix(v);}}}
      var charts=[];
      document.querySelectorAll('[data-chart]').forEach(function(el){
        var opt=JSON.parse(document.getElementById(el.id+'-option').textContent);fix(opt);
        var c=echarts.init(el,null,{renderer:'canvas'});c.setOption(opt);charts.push(c);
        el.setAttribute('data-drawn','1');});
      window.addEventListener('resize',function(){charts.forEach(function(c){c.resize();});});
      })();
      """;

  private ECharts() {}

  /** The library's text (about 1 MB), read from the class path. */
  static String library() {
    try (InputStream in = ECharts.class.getResourceAsStream(LIBRARY)) {
      if (in == null) {
        throw new IllegalStateException("ECharts is missing from the class path: " + LIBRARY);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's one script: the library, then {@link #INIT}. A {@code </script} inside would end it early: split. */
  static String script() {
    return "<script>" + library().replace("</script", "<\\/script") + "\n" + INIT + "</script>";
  }

  /** A chart of {@code height} pixels with {@code option}. */
  static String chart(String id, int height, ObjectNode option) {
    option.putObject("textStyle").put("fontFamily", FONTS);
    String json;
    try {
      json = JSON.writeValueAsString(option);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return "<div class=\"chart\" id=\"" + Html.esc(id) + "\" data-chart=\"" + Html.esc(id) + "\" style=\"height:" + height
        + "px\"></div><script type=\"application/json\" id=\"" + Html.esc(id) + "-option\">"
        + inScript(json) + "</script>";
  }

  /**
   * JSON as it may stand in a script element: {@code <}, {@code >} and {@code &} occur only inside
   * its strings, written there as JSON escapes, so no text of a ruleset or a tree can end the element
   * or open markup, whatever the HTML parser's state.
   */
  static String inScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  static ObjectNode base(String title) {
    ObjectNode o = F.objectNode();
    o.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
    o.putObject("tooltip").put("trigger", "axis").put("confine", true);
    ObjectNode legend = o.putObject("legend").put("top", 26).put("type", "scroll");
    legend.put("left", "center");
    ObjectNode grid = o.putObject("grid").put("left", 70).put("right", 30).put("top", 64).put("bottom", 56);
    grid.put("containLabel", true);
    o.putObject("toolbox").put("right", 10).putObject("feature").putObject("saveAsImage").put("title", "PNG");
    return o;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  static ArrayNode numbers(long[] values) {
    ArrayNode a = F.arrayNode();
    for (long v : values) {
      a.add(v);
    }
    return a;
  }

  /** A category x axis, with a zoom slider when long. */
  static void categoryAxis(ObjectNode o, String name, List<String> xs) {
    ObjectNode x = o.putObject("xAxis").put("type", "category").put("name", name).put("nameLocation", "middle")
        .put("nameGap", 30);
    x.set("data", strings(xs));
    if (xs.size() > ZOOM_FROM) {
      o.putArray("dataZoom").add(F.objectNode().put("type", "slider").put("bottom", 4))
          .add(F.objectNode().put("type", "inside"));
      ((ObjectNode) o.get("grid")).put("bottom", 84);
    }
  }

  static ObjectNode valueAxis(ObjectNode o, boolean money) {
    ObjectNode y = o.putObject("yAxis").put("type", "value");
    if (money) {
      y.putObject("axisLabel").put("formatter", "@yuan");
      ((ObjectNode) o.get("tooltip")).put("valueFormatter", "@yuanFull");
    }
    return y;
  }

  /**
   * Grouped bars: one group per category, one bar per series.
   *
   * @param values values[series][category]
   */
  static String bars(String id, String title, List<String> categories, List<String> series, long[][] values) {
    ObjectNode o = base(title);
    categoryAxis(o, "", categories);
    valueAxis(o, false);
    ArrayNode s = o.putArray("series");
    for (int k = 0; k < series.size(); k++) {
      ObjectNode b = s.addObject().put("type", "bar").put("name", series.get(k));
      b.set("data", numbers(values[k]));
    }
    return chart(id, 340, o);
  }

  /**
   * Lines over a category axis: one line per series.
   *
   * @param values values[series][x]
   * @param colours a colour per series, or null for ECharts' own
   */
  static ObjectNode lines(String title, String xLabel, List<String> xs, List<String> series, long[][] values,
      boolean money, String[] colours) {
    ObjectNode o = base(title);
    categoryAxis(o, xLabel, xs);
    valueAxis(o, money);
    ArrayNode s = o.putArray("series");
    for (int k = 0; k < series.size(); k++) {
      ObjectNode l = s.addObject().put("type", "line").put("name", series.get(k)).put("showSymbol", xs.size() <= 60);
      if (colours != null) {
        l.putObject("itemStyle").put("color", colours[k % colours.length]);
      }
      l.set("data", numbers(values[k]));
    }
    return o;
  }

  /** Shows the x axis's categories (yuan, as 20000.00) as money: ¥2万. */
  static void moneyX(ObjectNode option) {
    ((ObjectNode) option.get("xAxis")).putObject("axisLabel").put("formatter", "@yuan");
  }

  /** Marks {@code x} (a category of the axis) on the first series as a dashed vertical line labelled {@code label}. */
  static void markX(ObjectNode option, String x, String label) {
    ObjectNode first = (ObjectNode) option.get("series").get(0);
    ObjectNode mark = first.putObject("markLine").put("symbol", "none").put("silent", true);
    mark.putObject("lineStyle").put("type", "dashed").put("color", "#333");
    mark.putObject("label").put("formatter", label).put("position", "insideEndTop");
    mark.putArray("data").addObject().put("xAxis", x);
  }

  /** Marks the level {@code y} on the first series as a horizontal line labelled {@code label}. */
  static void markY(ObjectNode option, long y, String label) {
    ObjectNode first = (ObjectNode) option.get("series").get(0);
    ObjectNode mark = first.has("markLine") ? (ObjectNode) first.get("markLine")
        : first.putObject("markLine").put("symbol", "none").put("silent", true);
    ObjectNode d = ((ArrayNode) (mark.has("data") ? mark.get("data") : mark.putArray("data"))).addObject();
    d.put("yAxis", y).put("name", label);
    d.putObject("lineStyle").put("color", "#c0392b").put("type", "solid");
    d.putObject("label").put("formatter", label).put("position", "insideStartTop");
  }

  /** Marks one point (category {@code x}, value {@code y}) with a pin labelled {@code label}. */
  static void markPoint(ObjectNode option, String x, long y, String label) {
    ObjectNode first = (ObjectNode) option.get("series").get(0);
    ObjectNode mark = first.putObject("markPoint");
    ObjectNode p = mark.putArray("data").addObject().put("name", "crossing").put("xAxis", x).put("yAxis", y)
        .put("value", label);
    p.putObject("label").put("formatter", label).put("fontSize", 11).put("position", "right").put("color", "#c0392b")
        .put("backgroundColor", "#fff");
  }

  /**
   * A heat map: one row per unit, one column per sweep point, the cell coloured by grade index
   * (-1 for none); rows and columns as given.
   */
  static String heat(String id, String title, List<String> rows, List<String> columns, int[][] cells,
      List<String> gradeNames) {
    ObjectNode o = base(title);
    ((ObjectNode) o.get("tooltip")).put("trigger", "item");
    o.remove("legend");
    categoryAxis(o, "", columns);
    ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
    y.set("data", strings(rows));
    y.putObject("axisLabel").put("fontSize", 10).put("width", 150).put("overflow", "truncate");
    ((ObjectNode) o.get("grid")).put("left", 170).put("containLabel", false).put("bottom", 90);
    ObjectNode vm = o.putObject("visualMap").put("type", "piecewise").put("orient", "horizontal").put("left", "center")
        .put("bottom", 40).put("dimension", 2);
    ArrayNode pieces = vm.putArray("pieces");
    for (int g = 0; g < gradeNames.size(); g++) {
      pieces.addObject().put("value", g).put("label", gradeNames.get(g)).put("color", COLOURS[g % COLOURS.length]);
    }
    pieces.addObject().put("value", -1).put("label", "— (none 无)").put("color", NONE_COLOUR);
    ArrayNode data = F.arrayNode();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        data.add(F.arrayNode().add(c).add(r).add(cells[r][c]));
      }
    }
    o.putArray("series").addObject().put("type", "heatmap").put("name", "grade").set("data", data);
    return chart(id, Math.max(260, 130 + rows.size() * 14), o);
  }
}
