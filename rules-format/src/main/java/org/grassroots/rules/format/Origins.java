package org.grassroots.rules.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Ruleset;

/**
 * Which file and path each part of an effective (inherited) ruleset comes from (来源), so that an
 * error the validator finds at an effective path — {@code indicators[7].children[1]} — is shown in
 * the file that declared that part. It follows the override rules documented on {@link Ruleset}:
 * a part with the same id replaces the parent's in place (an indicator wherever it sits), a new id
 * is appended (an indicator as a new top-level category), removed ids go; scalar fields are the
 * child's. A test holds this to the resolver's effective ruleset.
 */
final class Origins {
  /** A declared part: the document and the path there. */
  record Origin(RulesetDocument doc, String path) {}

  /** An indicator of the effective tree with its origin and its effective children. */
  record Node(String id, Origin origin, List<Node> children) {}

  private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z]+)\\[(\\d+)\\](.*)$");
  private static final Pattern CHILD = Pattern.compile("^\\.children\\[(\\d+)\\](.*)$");

  private final RulesetDocument leaf;
  private final List<Node> indicators;
  private final Map<String, List<Origin>> lists;

  private Origins(RulesetDocument leaf, List<Node> indicators, Map<String, List<Origin>> lists) {
    this.leaf = leaf;
    this.indicators = indicators;
    this.lists = lists;
  }

  /** The origins of the effective ruleset of {@code chain}: the root baseline first, the leaf last. */
  static Origins of(List<RulesetDocument> rootFirst) {
    RulesetDocument root = rootFirst.get(0);
    List<Node> tree = new ArrayList<>();
    for (int i = 0; i < root.ruleset().indicators().size(); i++) {
      tree.add(node(root, root.ruleset().indicators().get(i), "indicators[" + i + "]"));
    }
    Map<String, List<Named>> lists = new LinkedHashMap<>();
    for (String name : List.of("inputs", "bonuses", "vetoes", "gates", "grades", "quotas")) {
      lists.put(name, named(root, name));
    }
    for (int k = 1; k < rootFirst.size(); k++) {
      RulesetDocument child = rootFirst.get(k);
      Set<String> removed = new HashSet<>(child.ruleset().removed());
      Map<String, Node> overrides = new LinkedHashMap<>();
      for (int i = 0; i < child.ruleset().indicators().size(); i++) {
        Indicator ind = child.ruleset().indicators().get(i);
        overrides.put(ind.id().value(), node(child, ind, "indicators[" + i + "]"));
      }
      Set<String> used = new HashSet<>();
      List<Node> next = new ArrayList<>();
      for (Node n : tree) {
        Node r = replace(n, overrides, removed, used);
        if (r != null) {
          next.add(r);
        }
      }
      overrides.forEach((id, n) -> {
        if (!used.contains(id)) {
          next.add(n);
        }
      });
      tree = next;
      for (Map.Entry<String, List<Named>> e : lists.entrySet()) {
        Map<String, Named> merged = new LinkedHashMap<>();
        e.getValue().stream().filter(x -> !removed.contains(x.id)).forEach(x -> merged.put(x.id, x));
        named(child, e.getKey()).forEach(x -> merged.put(x.id, x));
        e.setValue(new ArrayList<>(merged.values()));
      }
    }
    Map<String, List<Origin>> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().map(Named::origin).toList()));
    return new Origins(rootFirst.get(rootFirst.size() - 1), tree, out);
  }

  /** The ids of the effective indicator tree in pre-order (for the consistency test). */
  List<String> indicatorIds() {
    List<String> ids = new ArrayList<>();
    for (Node n : indicators) {
      collect(n, ids);
    }
    return ids;
  }

  private static void collect(Node n, List<String> ids) {
    ids.add(n.id);
    n.children.forEach(c -> collect(c, ids));
  }

  /** The ids of an effective list (e.g. {@code grades}) in order. */
  List<String> listIds(String name) {
    return lists.get(name).stream()
        .map(Origins::idOf)
        .toList();
  }

  private static String idOf(Origin o) {
    String p = o.path;
    String list = p.substring(0, p.indexOf('['));
    int i = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.indexOf(']')));
    Ruleset r = o.doc.ruleset();
    return switch (list) {
      case "inputs" -> r.inputs().get(i).id().value();
      case "bonuses" -> r.bonuses().get(i).id().value();
      case "vetoes" -> r.vetoes().get(i).id().value();
      case "gates" -> r.gates().get(i).id().value();
      case "grades" -> r.grades().get(i).id().value();
      default -> r.quotas().get(i).id().value();
    };
  }

  /** The file and path where the effective {@code path} was declared. */
  Origin locate(String path) {
    Matcher m = SEGMENT.matcher(path);
    if (!m.matches()) {
      return new Origin(leaf, path); // a scalar of the ruleset: the leaf's own
    }
    String list = m.group(1);
    int index = Integer.parseInt(m.group(2));
    String rest = m.group(3);
    if (list.equals("indicators")) {
      if (index >= indicators.size()) {
        return new Origin(leaf, path);
      }
      Node n = indicators.get(index);
      while (true) {
        Matcher c = CHILD.matcher(rest);
        if (!c.matches() || Integer.parseInt(c.group(1)) >= n.children.size()) {
          break;
        }
        n = n.children.get(Integer.parseInt(c.group(1)));
        rest = c.group(2);
      }
      return new Origin(n.origin.doc, n.origin.path + rest);
    }
    List<Origin> l = lists.get(list);
    if (l == null || index >= l.size()) {
      return new Origin(leaf, path);
    }
    Origin o = l.get(index);
    return new Origin(o.doc, o.path + rest);
  }

  private record Named(String id, Origin origin) {}

  private static List<Named> named(RulesetDocument d, String list) {
    Ruleset r = d.ruleset();
    List<String> ids = switch (list) {
      case "inputs" -> r.inputs().stream().map(x -> x.id().value()).toList();
      case "bonuses" -> r.bonuses().stream().map(x -> x.id().value()).toList();
      case "vetoes" -> r.vetoes().stream().map(x -> x.id().value()).toList();
      case "gates" -> r.gates().stream().map(x -> x.id().value()).toList();
      case "grades" -> r.grades().stream().map(x -> x.id().value()).toList();
      default -> r.quotas().stream().map(x -> x.id().value()).toList();
    };
    List<Named> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      out.add(new Named(ids.get(i), new Origin(d, list + "[" + i + "]")));
    }
    return out;
  }

  private static Node node(RulesetDocument d, Indicator ind, String path) {
    List<Node> kids = new ArrayList<>();
    for (int i = 0; i < ind.children().size(); i++) {
      kids.add(node(d, ind.children().get(i), path + ".children[" + i + "]"));
    }
    return new Node(ind.id().value(), new Origin(d, path), kids);
  }

  private static Node replace(Node n, Map<String, Node> overrides, Set<String> removed, Set<String> used) {
    if (removed.contains(n.id)) {
      return null;
    }
    Node o = overrides.get(n.id);
    if (o != null) {
      used.add(n.id);
      return o;
    }
    List<Node> kids = new ArrayList<>();
    for (Node c : n.children) {
      Node r = replace(c, overrides, removed, used);
      if (r != null) {
        kids.add(r);
      }
    }
    return new Node(n.id, n.origin, kids);
  }

}
