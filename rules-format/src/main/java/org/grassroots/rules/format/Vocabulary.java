package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field names of the ruleset file format, per kind of object, in one place: the reader refuses
 * any other field, the writer writes only these, and a test holds the JSON Schema's property names
 * to exactly these so that the schema and the format cannot drift apart. The keys are the names of
 * the schema's {@code $defs} (the ruleset itself is {@code ruleset}).
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The six comparisons, each with its boundary in its name (≥, >, ≤, <, =, ≠). */
  static final List<String> COMPARISONS = List.of("atLeast", "above", "atMost", "below", "equal", "notEqual");
  /** The lower end of a band: inclusive ({@code atLeast}) or exclusive ({@code above}). */
  static final List<String> LOWER = List.of("atLeast", "above");
  /** The upper end of a band: exclusive ({@code below}) or inclusive ({@code atMost}). */
  static final List<String> UPPER = List.of("below", "atMost");
  /** The keys of a condition; exactly one per condition. */
  static final List<String> CONDITIONS = List.copyOf(ConditionFormat.BY_KEY.keySet());

  static final Map<String, Set<String>> OBJECTS = ImmutableMap.<String, Set<String>>builder()
      .put("ruleset", set("$schema", "id", "district", "version", "name", "effectiveFrom", "effectiveUntil", "period",
          "parent", "subjectKind", "aggregation", "rounding", "totalCap", "pointsMustAddUp", "missing",
          "rescaleRounding", "indicators", "inputs", "bonuses", "vetoes", "gates", "grades", "quotas", "exemptions",
          "removed"))
      .put("rulesetRef", set("district", "id", "version"))
      .put("indicator", set("id", "name", "points", "weight", "method", "children", "aggregation", "rounding",
          "floor", "cap", "missing"))
      .put("input", set("id", "name", "missing", "kind", "categories", "per"))
      .put("category", set("code", "label"))
      .put("categoryPoints", set("code", "label", "points"))
      .put("inCategory", set("input", "labels"))
      .put("periodic", ImmutableSet.<String>builder().add("input", "inAtLeast").addAll(COMPARISONS).build())
      .put("onDate", ImmutableSet.<String>builder().add("input").addAll(COMPARISONS).build())
      .putAll(methodFields())
      .put("band", set("atLeast", "above", "below", "atMost", "points", "label"))
      .put("shareBand", set("share", "points", "label"))
      .put("tieBreak", set("mode", "secondKey"))
      .put("bonus", set("id", "name", "input", "method"))
      .put("veto", set("id", "name", "when", "effect", "grades"))
      .put("gate", set("id", "name", "condition"))
      .put("grade", set("id", "name", "atLeast", "above", "gates"))
      .put("quota", set("id", "grade", "groupKind", "maxShare", "maxCount", "rounding", "tieBreak", "counting", "base",
          "enforcement"))
      .put("exemption", set("id", "name", "when"))
      .put("shareOf", ImmutableSet.<String>builder().add("value", "of").addAll(COMPARISONS).build())
      .put("operand", set("total", "score", "input"))
      .put("condition", ImmutableSet.copyOf(CONDITIONS))
      .put("comparison", ImmutableSet.copyOf(COMPARISONS))
      .put("indicatorComparison", ImmutableSet.<String>builder().add("indicator").addAll(COMPARISONS).build())
      .build();

  /** The method types, by their {@code type} value (the model's method code). */
  static final List<String> METHODS = List.copyOf(MethodFormat.BY_TYPE.keySet());

  private static Map<String, Set<String>> methodFields() {
    Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
    for (MethodFormat f : MethodFormat.values()) {
      m.put(f.type, f.fields);
    }
    return m;
  }

  static Set<String> fields(String kind) {
    Set<String> s = OBJECTS.get(kind);
    if (s == null) {
      throw new IllegalStateException("no object kind " + kind);
    }
    return s;
  }

  private static Set<String> set(String... names) {
    return ImmutableSet.copyOf(names);
  }
}
