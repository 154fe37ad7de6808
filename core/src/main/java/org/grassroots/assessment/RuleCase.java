package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;

/**
 * A rule test case (规则测试用例) in one line: the inputs of one unit and the outcomes the ruleset
 * must give it, so that a ruleset's published outcomes are pinned by ordinary unit tests. A file
 * format can hold a list of these lines next to its ruleset.
 *
 * <pre>
 *   name: input=value input=value … =&gt; target=value target=value …
 * </pre>
 *
 * <p>Values are decimals ({@code 89.995}); an input not given is 0. A target is an indicator id
 * (its points), {@code total}, {@code grade} (a grade id, or {@code -} for none) or {@code vetoes}
 * (the ids of the vetoes that fire, comma-separated, or {@code -}). The unit is evaluated alone:
 * peer-group bands and quotas see a group of one (so a 20% quota rounded down gives it no place);
 * group-level outcomes are pinned by tests over a tree instead. Example: {@code 刚好90分: score=90 => total=90 grade=excellent}.
 *
 * @param name the case's name (the text before the first colon), shown in failures
 * @param inputs the measured values, fixed point
 * @param expected the expected outcomes as written, by target
 */
public record RuleCase(String name, Map<IndicatorId, Long> inputs, Map<String, String> expected) {
  private static final OrgUnitId UNIT = OrgUnitId.of("case-unit");
  private static final OrgUnitId PARENT = OrgUnitId.of("case-parent");

  public RuleCase {
    name = Check.notBlank("ruleCase.name", name);
    inputs = ImmutableMap.copyOf(Check.notNull("ruleCase.inputs", inputs));
    Check.notNull("ruleCase.expected", expected);
    Check.notEmpty("ruleCase.expected", expected.keySet());
    expected = ImmutableMap.copyOf(expected); // keeps the order written
  }

  /**
   * Parses one line.
   *
   * @throws InvalidInputException naming {@code "ruleCase"} and the line when it is not {@code
   *     name: inputs => expectations}, or a value is not a decimal
   */
  public static RuleCase parse(String line) {
    Check.notBlank("ruleCase", line);
    int colon = line.indexOf(':');
    int arrow = line.indexOf("=>");
    if (colon <= 0 || arrow < colon) {
      throw new InvalidInputException("assessment.caseSyntax", "ruleCase", line);
    }
    String name = line.substring(0, colon).strip();
    Map<IndicatorId, Long> in = new LinkedHashMap<>();
    for (String[] kv : pairs(line, line.substring(colon + 1, arrow))) {
      in.put(IndicatorId.of(kv[0]), Fixed.parse("ruleCase." + kv[0], kv[1]));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] kv : pairs(line, line.substring(arrow + 2))) {
      out.put(kv[0], kv[1]);
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("assessment.caseSyntax", "ruleCase", line);
    }
    return new RuleCase(name, in, out);
  }

  private static List<String[]> pairs(String line, String text) {
    List<String[]> out = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      int eq = token.indexOf('=');
      if (eq <= 0 || eq == token.length() - 1) {
        throw new InvalidInputException("assessment.caseSyntax", "ruleCase", line);
      }
      out.add(new String[] {token.substring(0, eq), token.substring(eq + 1)});
    }
    return out;
  }

  /**
   * Runs the case: every expected outcome that differs is one error, its path {@code
   * cases[name].target}; empty when the ruleset gives what the case expects.
   */
  public List<RuleError> check(CompiledRuleset rules) {
    Check.notNull("rules", rules);
    TreeSnapshot tree = TreeSnapshot.builder(2)
        .add(PARENT, null, OrgKind.of("case-parent"))
        .add(UNIT, PARENT, rules.ruleset().subjectKind())
        .build();
    int pos = tree.require(UNIT);
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(rules.ruleset().effectiveFrom().getYear()));
    inputs.forEach((id, v) -> b.set(id, pos, v));
    Assessment a = rules.evaluate(b.build());
    List<RuleError> errors = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String target = e.getKey();
      String actual = switch (target) {
        case "total" -> Fixed.format(a.total(UNIT));
        case "grade" -> a.grade(UNIT).map(g -> g.id().value()).orElse("-");
        case "vetoes" -> {
          String v = a.vetoes(UNIT).stream().map(x -> x.id().value()).collect(Collectors.joining(","));
          yield v.isEmpty() ? "-" : v;
        }
        default -> Fixed.format(a.points(IndicatorId.of(target), UNIT));
      };
      String want = e.getValue();
      boolean same = target.equals("grade") || target.equals("vetoes")
          ? want.equals(actual)
          : Fixed.parse("ruleCase." + target, want) == Fixed.parse(actual);
      if (!same) {
        errors.add(RuleError.of("cases[" + name + "]." + target, "assessment.caseMismatch", want, actual));
      }
    }
    return ImmutableList.copyOf(errors);
  }
}
