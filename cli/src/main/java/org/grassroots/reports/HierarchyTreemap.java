package org.grassroots.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.regions.UnitNames;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.programs.DesignationOutcome;

/**
 * A drill-down treemap of the hierarchy (层级树图): province → city → county → street → community,
 * each rectangle sized by its assessed units and coloured by their mean level in the first program
 * of designations (e.g. their mean stars) or, without one, their mean grade (the best grade scoring the number of grades, no grade 0). Clicking
 * a rectangle opens it; the breadcrumb goes back. At most {@value #MAX_NODES} rectangles: a big
 * tree stops at the deepest level that fits (the whole country at its counties).
 */
final class HierarchyTreemap {
  /** Most rectangles drawn. */
  static final int MAX_NODES = 4000;

  private final UnitNames names;
  private final long[] units;
  /** Sum of the units' scores, ×100 (two decimals of the mean kept exact). */
  private final long[] score;
  private final int maxDepth;
  private final int deepest;
  private final Optional<String> program;
  private final long top;

  private HierarchyTreemap(UnitNames names, long[] units, long[] score, int maxDepth, int deepest, Optional<String> program,
      long top) {
    this.names = names;
    this.units = units;
    this.score = score;
    this.maxDepth = maxDepth;
    this.deepest = deepest;
    this.program = program;
    this.top = top;
  }

  static HierarchyTreemap of(UnitNames names, Baseline b) {
    Assessment a = b.assessment();
    TreeSnapshot t = names.tree();
    Optional<DesignationOutcome> so = b.outcome(DesignationOutcome.class);
    long[] shares = new long[so.map(o -> o.unitFigures().size()).orElse(0)];
    int grades = b.setup().ruleset().grades().size();
    long[] units = new long[t.size()];
    long[] score = new long[t.size()];
    for (int p : a.subjects()) {
      units[p] = 1;
      if (so.isPresent()) {
        so.get().unitValues(p, shares, 0);
        score[p] = shares[0]; // the unit's level: how many of the designations it holds
      } else {
        int g = a.gradeIndex(p);
        score[p] = g < 0 ? 0 : grades - g;
      }
    }
    long[] u = t.rollUpSum(units);
    long[] s = t.rollUpSum(score);
    int deepest = 0;
    for (int i = 0; i < t.size(); i++) {
      deepest = Math.max(deepest, t.depth(i));
    }
    int[] perDepth = new int[deepest + 1];
    for (int i = 0; i < t.size(); i++) {
      if (u[i] > 0) {
        perDepth[t.depth(i)]++;
      }
    }
    int depth = 0;
    int total = 0;
    for (int d = 0; d <= deepest; d++) {
      total += perDepth[d];
      if (total > MAX_NODES && d > 0) {
        break;
      }
      depth = d;
    }
    long top = so.map(o -> (long) o.designations().size()).orElse((long) grades);
    return new HierarchyTreemap(names, u, s, depth, deepest, so.map(DesignationOutcome::program), top);
  }

  /** The deepest level drawn (0 = the roots). */
  int maxDepth() {
    return maxDepth;
  }

  private ArrayNode children(TreeSnapshot t, int[] positions) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i : positions) {
      if (units[i] == 0) {
        continue;
      }
      ObjectNode n = out.addObject().put("name", names.shortLabel(i));
      // [units, mean score]: the first sizes the rectangle, the second colours it
      n.putArray("value").add(units[i]).add(Math.round(score[i] * 100.0 / units[i]) / 100.0);
      if (t.depth(i) < maxDepth) {
        ArrayNode c = children(t, t.children(i));
        if (!c.isEmpty()) {
          n.set("children", c);
        }
      }
    }
    return out;
  }

  String html(String id) {
    TreeSnapshot t = names.tree();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.parent(i) < 0) {
        roots.add(i);
      }
    }
    ArrayNode data = children(t, roots.stream().mapToInt(Integer::intValue).toArray());
    String by = program.isPresent() ? "mean level in " + program.get() + " 平均层级 (0–" + top + ")" : "mean grade 平均等次 (" + top + " = best grade, 0 = none)";
    ObjectNode o = ECharts.base("Hierarchy by " + by + " 层级树图");
    o.remove("legend");
    o.remove("grid");
    ((ObjectNode) o.get("tooltip")).put("trigger", "item").put("formatter", "@treemapTip");
    ObjectNode s = o.putArray("series").addObject().put("type", "treemap").put("name", program.orElse("grade"))
        .put("leafDepth", 2).put("roam", false).put("visualDimension", 1).put("visualMin", 0).put("visualMax", top)
        .put("colorMappingBy", "value").put("top", 40).put("bottom", 40);
    s.putArray("color").add("#d6dbe0").add("#f1c40f").add("#e67e22").add("#c0392b");
    s.putObject("upperLabel").put("show", true).put("height", 20);
    s.putObject("breadcrumb").put("bottom", 8);
    ArrayNode levels = s.putArray("levels");
    for (int d = 0; d <= maxDepth + 1; d++) {
      ObjectNode l = levels.addObject().put("visualDimension", 1).put("visualMin", 0).put("visualMax", top)
          .put("colorMappingBy", "value");
      l.putArray("color").add("#d6dbe0").add("#f1c40f").add("#e67e22").add("#c0392b");
      l.putObject("itemStyle").put("borderColor", "#fff").put("borderWidth", d == 0 ? 3 : 1).put("gapWidth", d == 0 ? 2 : 1);
    }
    s.set("data", data);
    return "<h3>Hierarchy 层级树图</h3><p class=\"note\">Each rectangle is a unit of the tree, sized by its assessed "
        + "units and coloured by their " + Html.esc(by) + ": grey low, yellow to red high. Click a rectangle to open it;"
        + " the bar below goes back." + (maxDepth < deepest ? " The tree is drawn down to the level of " + Html.esc(kindAt(t, maxDepth))
        + " (at most " + MAX_NODES + " rectangles); regions.csv and units.csv have every unit." : "") + "</p>"
        + ECharts.chart(id, 560, o);
  }

  /** The kind of the units at {@code depth} (e.g. county), for the note. */
  private String kindAt(TreeSnapshot t, int depth) {
    for (int i = 0; i < t.size(); i++) {
      if (t.depth(i) == depth && units[i] > 0) {
        return t.kind(i).code();
      }
    }
    return String.valueOf(depth);
  }
}
