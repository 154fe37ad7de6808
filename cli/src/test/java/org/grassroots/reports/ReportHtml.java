package org.grassroots.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads a report page as a test would: its markup without the scripts, its script tags and each chart's option. */
final class ReportHtml {
  private static final Pattern SCRIPT = Pattern.compile("(?s)<script([^>]*)>(.*?)</script>");
  /** A script element, to remove with its content. */
  static final Pattern SCRIPT_CONTENT = SCRIPT;
  private static final Pattern CHART = Pattern.compile("<div class=\"chart\" id=\"([^\"]+)\" data-chart=\"\\1\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportHtml() {}

  /** The page with every script's content removed, parsed as XML: the markup is well formed. */
  static Document markup(String html) throws Exception {
    String bare = SCRIPT.matcher(html).replaceAll("<script$1></script>").replace("<!DOCTYPE html>", "");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)));
  }

  /** The attributes of every script tag, e.g. {@code  type="application/json" id="grades-option"}. */
  static List<String> scriptTags(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = SCRIPT.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The ECharts option of each chart on the page, by chart id, in page order. */
  static Map<String, JsonNode> charts(String html) throws Exception {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Matcher m = CHART.matcher(html);
    while (m.find()) {
      String id = m.group(1);
      Matcher s = Pattern.compile("(?s)<script type=\"application/json\" id=\"" + Pattern.quote(id) + "-option\">(.*?)</script>")
          .matcher(html);
      if (!s.find()) {
        throw new AssertionError("chart " + id + " has no option");
      }
      out.put(id, JSON.readTree(s.group(1)));
    }
    return out;
  }

  /** How many data items each series of the option has. */
  static List<Integer> seriesSizes(JsonNode option) {
    List<Integer> out = new ArrayList<>();
    option.get("series").forEach(s -> out.add(s.get("data").size()));
    return out;
  }

  /** The series' data values as numbers (bars and lines). */
  static List<Long> values(JsonNode option, int series) {
    List<Long> out = new ArrayList<>();
    option.get("series").get(series).get("data").forEach(v -> out.add(v.asLong()));
    return out;
  }
}
