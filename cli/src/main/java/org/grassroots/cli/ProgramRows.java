package org.grassroots.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.communitytypes.TypeDifferences;
import org.grassroots.communitytypes.TypesOutcome;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarDifferences;
import org.grassroots.stars.StarOutcome;

/**
 * The programs' figures as rows of the command's output (项目测算结果): stars in total and per star,
 * reward per star, due, budget, paid and shortfall in yuan with two decimals; communities per type;
 * with a scenario, how many gain or lose a star or a type.
 */
final class ProgramRows {
  /** Figures that are money (fen in the core, yuan with two decimals in the output). */
  static final Set<String> MONEY = Set.of("stars.due", "stars.paid", "stars.budget", "stars.shortfall",
      "stars.rewardPerStar");

  private ProgramRows() {}

  /** {@code value} of the figure {@code name} as printed: money in yuan (e.g. 930000.00), counts whole. */
  static String format(String name, long value) {
    return MONEY.contains(name) ? Money.ofFen(value).toYuan().toPlainString() : String.valueOf(value);
  }

  /**
   * The sweep table with the programs' money figures in yuan instead of fen (the columns after
   * {@code flips}; the axis columns before it are already in the parameter's own unit).
   */
  static List<List<String>> inYuan(List<List<String>> table) {
    List<String> head = table.get(0);
    List<Integer> money = new ArrayList<>();
    for (int i = head.indexOf("flips") + 1; i < head.size(); i++) {
      if (MONEY.contains(head.get(i))) {
        money.add(i);
      }
    }
    if (money.isEmpty()) {
      return table;
    }
    List<List<String>> out = new ArrayList<>(table.size());
    out.add(head);
    for (List<String> r : table.subList(1, table.size())) {
      List<String> c = new ArrayList<>(r);
      money.forEach(i -> c.set(i, format(head.get(i), Long.parseLong(r.get(i)))));
      out.add(c);
    }
    return out;
  }

  /**
   * Rows {@code figure, name, baseline[, scenario]}: every figure of the baseline's programs, the
   * reward per star, and with a scenario who gains or loses a star or a type (scenario column only).
   */
  static List<List<String>> rows(Baseline b, ScenarioResult r) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, Long> before = new java.util.LinkedHashMap<>(b.figures());
    Map<String, Long> after = r == null ? Map.of() : new java.util.LinkedHashMap<>(r.figures());
    Optional<StarOutcome> stars = b.outcome(StarOutcome.class);
    if (stars.isPresent()) {
      before.put("stars.rewardPerStar", stars.get().ratings().scheme().rewardPerStar().fen());
      if (r != null) {
        after.put("stars.rewardPerStar",
            r.outcome(StarOutcome.class).orElseThrow().ratings().scheme().rewardPerStar().fen());
      }
    }
    List<String> order = new ArrayList<>();
    if (stars.isPresent()) {
      order.add("stars.rewardPerStar");
    }
    before.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
    for (String k : order) {
      List<String> row = new ArrayList<>(List.of(k, label(b, k), format(k, before.get(k))));
      if (r != null) {
        Long a = after.get(k);
        row.add(a == null ? "" : format(k, a));
      }
      rows.add(row);
    }
    if (r != null) {
      r.differences().program(StarDifferences.class).ifPresent(d -> {
        rows.add(List.of("stars.gained", "star gains 获星次数", "", String.valueOf(d.gained())));
        rows.add(List.of("stars.lost", "star losses 失星次数", "", String.valueOf(d.lost())));
      });
      r.differences().program(TypeDifferences.class).ifPresent(d -> {
        rows.add(List.of("types.gained", "type gains 获评类型次数", "",
            String.valueOf(d.flips().stream().filter(TypeDifferences.TypeFlip::gains).count())));
        rows.add(List.of("types.lost", "type losses 失去类型次数", "",
            String.valueOf(d.flips().stream().filter(f -> !f.gains()).count())));
      });
    }
    return rows;
  }

  /** Who gains or loses a star or a type, one line each, at most {@code max} lines and a count of the rest. */
  static List<String> flips(ScenarioResult r, int max, UnitNames names) {
    List<String> lines = new ArrayList<>();
    java.util.function.Function<OrgUnitId, String> label = u -> names.label(names.tree().require(u));
    r.differences().program(StarDifferences.class).ifPresent(d -> d.flips().forEach(f -> lines.add(String.format(
        "%s %s %s (%d→%d★)", label.apply(f.unit()), f.gains() ? "gains" : "loses", f.star().name(), f.levelBefore(),
        f.levelAfter()))));
    r.differences().program(TypeDifferences.class).ifPresent(d -> d.flips().forEach(f -> lines.add(String.format(
        "%s %s %s", label.apply(f.unit()), f.gains() ? "gains" : "loses", f.type().name()))));
    if (lines.size() <= max) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, max));
    out.add("… and " + (lines.size() - max) + " more (the report's star-flips and type-flips CSVs have all)");
    return out;
  }

  private static String label(Baseline b, String key) {
    return switch (key) {
      case "stars.rewardPerStar" -> "reward per star (yuan) 每星奖励（元）";
      case "stars.total" -> "stars in total 星数合计";
      case "stars.due" -> "reward due (yuan) 应发奖励（元）";
      case "stars.paid" -> "paid (yuan) 实发（元）";
      case "stars.budget" -> "budget (yuan) 预算（元）";
      case "stars.shortfall" -> "shortfall (yuan) 缺口（元）";
      case "types.demonstrations" -> "demonstration communities 示范社区";
      default -> {
        int open = key.indexOf('[');
        String id = open < 0 ? "" : key.substring(open + 1, key.length() - 1);
        if (key.startsWith("stars.level[")) {
          yield "communities with " + id + " stars 获 " + id + " 星的社区";
        }
        if (key.startsWith("stars.count[")) {
          yield "communities with the star " + gradeName(b.outcome(StarOutcome.class).map(StarOutcome::stars), id);
        }
        if (key.startsWith("types.count[")) {
          yield "communities of the type " + gradeName(b.outcome(TypesOutcome.class).map(TypesOutcome::designations), id);
        }
        yield key;
      }
    };
  }

  private static String gradeName(Optional<List<Grade>> grades, String id) {
    return grades.orElse(List.of()).stream().filter(g -> g.id().value().equals(id)).map(Grade::name).findFirst()
        .orElse(id);
  }
}
