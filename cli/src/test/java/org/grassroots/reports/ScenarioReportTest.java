package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScenarioReportTest {
  private static final ScenarioReport REPORT = ReportFixture.report();

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void thePageIsWellFormedAndHasEverySvgChartWithMarks() throws Exception {
    Document d = parse(REPORT.html());
    NodeList svgs = d.getElementsByTagName("svg");
    assertThat(svgs.getLength()).isEqualTo(4);
    for (String id : List.of("grades", "histogram", "sweep", "flips")) {
      Element svg = byId(svgs, id);
      assertThat(svg).as(id).isNotNull();
      int marks = svg.getElementsByTagName("rect").getLength() + svg.getElementsByTagName("polyline").getLength();
      assertThat(marks).as(id).isGreaterThan(3);
    }
    // the grade chart has a baseline and a scenario bar for each of 4 grades and (none)
    assertThat(byId(svgs, "grades").getElementsByTagName("rect").getLength()).isEqualTo(2 * 5 + 2);
    // one line per grade in the sweep chart
    assertThat(byId(svgs, "sweep").getElementsByTagName("polyline").getLength()).isEqualTo(4);
  }

  @Test
  void thePageNeedsNoNetwork() {
    String html = REPORT.html();
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:", "<script", "src=",
        "@import");
  }

  @Test
  void everyChartHasItsCsvAndTheNumbersAgree(@TempDir Path dir) throws Exception {
    List<Path> files = REPORT.writeTo(dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("report.html", "grades.csv", "histogram.csv", "units.csv", "regions.csv", "sweep.csv", "flips.csv",
            "region-flips.csv");
    List<String> units = Files.readAllLines(dir.resolve("units.csv"));
    assertThat(units).hasSize(153);
    List<String> sweep = Files.readAllLines(dir.resolve("sweep.csv"));
    assertThat(sweep).hasSize(22);
    assertThat(sweep.get(0)).isEqualTo("point,grades[B].minTotal,count:A,count:B,count:C,count:D,count:none,totalSum,flips");
    // counts of every sweep row add up to the units assessed
    for (String row : sweep.subList(1, sweep.size())) {
      String[] f = row.split(",");
      int sum = 0;
      for (int i = 2; i <= 6; i++) {
        sum += Integer.parseInt(f[i]);
      }
      assertThat(sum).as(row).isEqualTo(152);
    }
    // the histogram counts every unit once
    int hist = Files.readAllLines(dir.resolve("histogram.csv")).stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",")[2])).sum();
    assertThat(hist).isEqualTo(152);
  }

  private static Element byId(NodeList nodes, String id) {
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }
}
