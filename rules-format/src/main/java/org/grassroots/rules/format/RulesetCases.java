package org.grassroots.rules.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.MissingValueRefusedException;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.Excerpt;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.Veto;

/**
 * A ruleset's fixture cases (规则测试) read from a cases file, and their run. The file names the
 * ruleset file (and the baseline files it inherits from), the period, default inputs, and one case
 * per line:
 *
 * <pre>{@code
 * ruleset: yungang.ruleset.yaml
 * library: [datong-city.ruleset.yaml]
 * period: 2024
 * defaults: {org.meetings: 12, city-model: yes}
 * cases:
 *   - {unit: y01, inputs: {service.volunteers: 90}, expect: {total: 100, grade: 优秀}}
 *   - {unit: y08, inputs: {major-incident: yes}, expect: {total: 0, grade: 不合格, vetoes: [major-incident-veto]}}
 * }</pre>
 *
 * <p>All the cases of a file are assessed together, as the units of one district, since peer-group
 * bands and quotas depend on the other units of a group: each case's unit sits in its {@code group}
 * (a unit of kind {@code groupKind}, default {@code street}; group {@code S1} by default) under one
 * district root. An input a case leaves out (and the defaults do not give) is <em>missing</em>, and
 * the ruleset's declared missing-value policy applies ({@code zero} by default: it reads as 0);
 * {@code yes}/{@code no} are 1/0, a date such as {@code "2024-06-29"} is a date input's value and a
 * category is given by its code. {@code expect} may pin {@code missing} (exactly the inputs the unit
 * lacks), {@code refused: true} (the assessment is refused for this unit's missing value) and {@code
 * notAssessed: true} (an exemption makes the unit not assessed, 免于考核).
 */
public final class RulesetCases {
  /** The core's key for inputs of a period length the ruleset does not rate. */
  private static final String PERIOD_LENGTH = "rules.periodLength";

  static final Set<String> FILE_FIELDS =
      ImmutableSet.of("ruleset", "library", "period", "groupKind", "defaults", "cases");
  static final Set<String> CASE_FIELDS = ImmutableSet.of("unit", "name", "group", "inputs", "expect");
  /** The outcomes a case can pin besides indicator points (any other key names an indicator). */
  static final Set<String> EXPECT_FIELDS =
      ImmutableSet.of("total", "grade", "vetoes", "cutByQuota", "missing", "refused", "notAssessed");

  /** The id of the district root of the tree the cases are assessed in. */
  static final String ROOT = "cases-root";

  private final String file;
  private final URL rulesetUrl;
  private final List<URL> libraryUrls;
  private final Period period;
  private final OrgKind groupKind;
  private final ImmutableList<RulesetCase> cases;
  private final Map<String, SourceLocation> inputLocations;

  private RulesetCases(String file, URL rulesetUrl, List<URL> libraryUrls, Period period, OrgKind groupKind,
      List<RulesetCase> cases, Map<String, SourceLocation> inputLocations) {
    this.file = file;
    this.rulesetUrl = rulesetUrl;
    this.libraryUrls = List.copyOf(libraryUrls);
    this.period = period;
    this.groupKind = groupKind;
    this.cases = ImmutableList.copyOf(cases);
    this.inputLocations = Map.copyOf(inputLocations);
  }

  /** The cases file's name as shown in messages. */
  public String file() {
    return file;
  }

  /** The cases, in file order. */
  public List<RulesetCase> cases() {
    return cases;
  }

  /** The period assessed. */
  public Period period() {
    return period;
  }

  /** Reads a cases file from disk; its ruleset files are found relative to it. */
  public static RulesetCases read(Path path) {
    Check.notNull("path", path);
    return read(RulesetFiles.url(path));
  }

  /** Reads a cases file from a URL (e.g. a classpath resource); its ruleset files are found relative to it. */
  public static RulesetCases read(URL url) {
    Check.notNull("url", url);
    String name = RulesetFiles.displayName(url);
    return RulesetFiles.parseFile(url, name, RulesetCases::parse);
  }

  private static RulesetCases parse(URL base, LocatedTree tree) {
    Cursor.Context ctx = new Cursor.Context(tree);
    Cursor root = new Cursor(ctx, tree.root, "", "");
    RulesetCases out = null;
    try {
      root.object(FILE_FIELDS);
      URL ruleset = relative(base, root.field("ruleset"));
      List<URL> library = root.list("library", c -> relative(base, c));
      Period period = period(root);
      OrgKind groupKind = groupKind(root);
      Map<IndicatorId, Long> defaults = defaults(root);
      Map<IndicatorId, List<OptionalLong>> defaultLists =
          root.optional("defaults").map(SubPeriodInputs::lists).orElse(Map.of());
      Set<OrgUnitId> units = new LinkedHashSet<>();
      List<RulesetCase> cases = root.field("cases").elements(c -> testCase(c, defaults, defaultLists, units));
      Map<String, SourceLocation> inputLocations = new LinkedHashMap<>();
      ctx.byPath.forEach((path, at) -> inputLocations.put(path, at));
      out = new RulesetCases(tree.file, ruleset, library, period, groupKind, cases, inputLocations);
    } catch (Cursor.Abort a) {
      // recorded
    }
    if (!ctx.problems.isEmpty() || out == null) {
      throw new RulesetFileException(tree.file, RulesetReader.sorted(ctx.problems));
    }
    return out;
  }

  /** The assessment period of a cases file ({@code period}). */
  static Period period(Cursor root) {
    Cursor p = root.field("period");
    String text = p.idText();
    return p.build(() -> Period.parse(text));
  }

  /** The kind of unit a cases file's peer groups and quotas count within ({@code groupKind}, by default streets). */
  static OrgKind groupKind(Cursor root) {
    return root.optional("groupKind").map(RulesetReader::kind).orElse(OrgKind.STREET);
  }

  /** The inputs every case of a file starts from ({@code defaults}); an input given as {@code missing} is left out. */
  static Map<IndicatorId, Long> defaults(Cursor root) {
    Map<IndicatorId, Long> defaults = new LinkedHashMap<>();
    root.optional("defaults").map(RulesetCases::inputs).ifPresent(d -> d.forEach((id, v) -> {
      if (v != null) {
        defaults.put(id, v);
      }
    }));
    return defaults;
  }

  /** The file {@code c} names, relative to the cases file at {@code base}. */
  static URL relative(URL base, Cursor c) {
    String t = c.text();
    try {
      return new URL(base, t);
    } catch (MalformedURLException e) {
      throw c.fail("format.notFound", Excerpt.of(t));
    }
  }

  /**
   * Inputs by id; a value of {@code missing} (缺失) is held as null: the input is left out. A list
   * (the values of an input measured per month or quarter) is read by {@link SubPeriodInputs#lists}.
   */
  static Map<IndicatorId, Long> inputs(Cursor c) {
    c.anyObject();
    Map<IndicatorId, Long> m = new LinkedHashMap<>();
    for (var it = c.node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      Cursor v = c.field(name);
      if (v.node.isArray()) {
        continue;
      }
      IndicatorId id = v.build(() -> IndicatorId.of(name));
      m.put(id, value(v));
    }
    return m;
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}\\s*");

  /**
   * A measured value: a number, a decimal string, yes/no (是/否) as 1/0, a date ({@code 2024-06-29}) as
   * its day number; null for missing (缺失). A category is given by its code.
   */
  static Long value(Cursor v) {
    if (v.node.isBoolean()) {
      return v.node.booleanValue() ? Fixed.ONE : 0;
    }
    if (v.node.isTextual()) {
      switch (v.node.textValue().strip()) {
        case "yes", "是" -> {
          return Fixed.ONE;
        }
        case "no", "否" -> {
          return 0L;
        }
        case "missing", "缺失" -> {
          return null;
        }
        default -> {
          if (DATE.matcher(v.node.textValue()).matches()) {
            return InputKind.dayNumber(v.date()); // a date input's value (日期)
          }
        }
      }
    }
    return v.fixed();
  }

  private static RulesetCase testCase(Cursor c, Map<IndicatorId, Long> defaults,
      Map<IndicatorId, List<OptionalLong>> defaultLists, Set<OrgUnitId> units) {
    c.object(CASE_FIELDS);
    Cursor u = c.field("unit");
    String unitText = u.idText();
    OrgUnitId unit = u.build(() -> OrgUnitId.of(unitText));
    if (!units.add(unit)) {
      throw u.fail("format.caseUnit", unitText);
    }
    String name = c.optional("name").map(Cursor::text).orElse(unitText);
    String group = c.optional("group", "group").map(g -> {
      String t = g.idText();
      return g.build(() -> OrgUnitId.of(t)).value();
    }).orElse("S1");
    Map<IndicatorId, Long> inputs = new LinkedHashMap<>(defaults);
    Map<IndicatorId, List<OptionalLong>> lists = new LinkedHashMap<>(defaultLists);
    c.optional("inputs").map(RulesetCases::inputs).ifPresent(own -> own.forEach((id, v) -> {
      if (v == null) {
        inputs.remove(id); // missing for this unit, whatever the defaults say
        lists.remove(id);
      } else {
        inputs.put(id, v);
      }
    }));
    c.optional("inputs").map(SubPeriodInputs::lists).ifPresent(lists::putAll);
    Cursor e = c.field("expect").anyObject();
    Optional<Long> total = e.optional("total").map(Cursor::fixed);
    Optional<String> grade = e.optional("grade").map(g -> {
      String t = g.idText();
      return t.equals("none") || t.equals("无") ? "" : t;
    });
    Optional<List<RuleId>> vetoes = e.optional("vetoes").map(v -> v.elements(x -> {
      String t = x.idText();
      return x.build(() -> RuleId.of(t));
    }));
    Optional<Boolean> cut = e.optional("cutByQuota").map(Cursor::bool);
    Optional<List<IndicatorId>> missing = e.optional("missing").map(m -> m.elements(x -> {
      String t = x.idText();
      return x.build(() -> IndicatorId.of(t));
    }));
    Optional<Boolean> refused = e.optional("refused").map(Cursor::bool);
    Optional<Boolean> notAssessed = e.optional("notAssessed").map(Cursor::bool);
    Map<IndicatorId, Long> points = new LinkedHashMap<>();
    for (var it = e.node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!EXPECT_FIELDS.contains(key)) {
        Cursor p = e.field(key);
        IndicatorId id = p.build(() -> IndicatorId.of(key));
        points.put(id, p.fixed());
      }
    }
    RulesetCase.Expectation expect =
        new RulesetCase.Expectation(total, grade, vetoes, cut, points, missing, refused, notAssessed);
    return c.build(() -> new RulesetCase(name, unit, group, inputs, lists, expect, c.at()));
  }

  // ------------------------------------------------------------------ running

  /** The outcome of one case: the mismatches found (none when it passed). */
  public record Outcome(RulesetCase testCase, List<RulesetProblem> mismatches) {
    public Outcome {
      mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
      return mismatches.isEmpty();
    }
  }

  /**
   * Loads the ruleset (resolving inheritance through the library files), assesses every case's
   * unit together, and compares each case's outcomes.
   *
   * @throws RulesetFileException if a ruleset file is malformed or the ruleset invalid, or a case
   *     names an input the ruleset does not have
   */
  public List<Outcome> run() {
    List<RulesetDocument> docs = new ArrayList<>();
    RulesetDocument doc = RulesetFiles.read(rulesetUrl);
    docs.add(doc);
    libraryUrls.forEach(u -> docs.add(RulesetFiles.read(u)));
    Ruleset effective = RulesetLibrary.of(docs).effective(doc);
    CompiledRuleset compiled = CompiledRuleset.compile(effective);
    Set<IndicatorId> known = new LinkedHashSet<>(compiled.inputs());
    Set<IndicatorId> indicators = new LinkedHashSet<>();
    effective.indicators().forEach(i -> i.forEach(x -> indicators.add(x.id())));

    List<RulesetProblem> unknown = new ArrayList<>();
    Set<OrgUnitId> unitIds = new LinkedHashSet<>();
    cases.forEach(c -> unitIds.add(c.unit()));
    OrgUnitId root = OrgUnitId.of(ROOT);
    for (int k = 0; k < cases.size(); k++) {
      RulesetCase c = cases.get(k);
      OrgUnitId g = OrgUnitId.of(c.group());
      if (unitIds.contains(g) || g.equals(root) || c.unit().equals(root)) {
        unknown.add(RulesetProblem.of(c.at(), "cases[" + k + "]", "format.caseGroup", c.group(), c.unit()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new RulesetFileException(file, unknown);
    }
    TreeSnapshot.Builder tb = TreeSnapshot.builder(cases.size() + 8);
    tb.add(root, null, OrgKind.DISTRICT);
    Set<String> groups = new LinkedHashSet<>();
    cases.forEach(c -> groups.add(c.group()));
    for (String g : groups) {
      tb.add(OrgUnitId.of(g), root, groupKind);
    }
    for (RulesetCase c : cases) {
      tb.add(c.unit(), OrgUnitId.of(c.group()), effective.subjectKind());
    }
    TreeSnapshot tree = tb.build();

    InputColumns.Builder in = InputColumns.builder(tree, period);
    SubPeriodInputs subPeriods = new SubPeriodInputs(effective, period, inputLocations);
    for (int k = 0; k < cases.size(); k++) {
      RulesetCase c = cases.get(k);
      for (Map.Entry<IndicatorId, Long> e : c.inputs().entrySet()) {
        if (!known.contains(e.getKey())) {
          String path = "cases[" + k + "].inputs." + e.getKey();
          SourceLocation at = inputLocations.getOrDefault(path,
              inputLocations.getOrDefault("defaults." + e.getKey(), c.at()));
          unknown.add(RulesetProblem.of(at, path, "format.caseUnknown", e.getKey().value()));
        } else if (!subPeriods.check(e.getKey(), "cases[" + k + "].inputs." + e.getKey(), c.at(), unknown)) {
          in.set(e.getKey(), tree.require(c.unit()), e.getValue());
        }
      }
      subPeriods.place(c, k, known, tree.require(c.unit()), in, unknown);
      for (IndicatorId id : c.expect().points().keySet()) {
        if (!indicators.contains(id)) {
          String path = "cases[" + k + "].expect." + id;
          unknown.add(RulesetProblem.of(inputLocations.getOrDefault(path, c.at()), path, "format.caseUnknown",
              id.value()));
        }
      }
      List<IndicatorId> missing = c.expect().missing().orElse(List.of());
      for (int m = 0; m < missing.size(); m++) {
        if (!known.contains(missing.get(m))) {
          String path = "cases[" + k + "].expect.missing[" + m + "]";
          unknown.add(RulesetProblem.of(inputLocations.getOrDefault(path, c.at()), path, "format.caseUnknown",
              missing.get(m).value()));
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new RulesetFileException(file, unknown);
    }
    Assessment a;
    try {
      a = compiled.evaluate(in.build());
    } catch (MissingValueRefusedException refused) {
      return refusedOutcomes(compiled, refused);
    } catch (org.grassroots.input.InvalidInputException e) {
      throw periodRefused(file, inputLocations, e);
    }
    List<Outcome> out = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      RulesetCase c = cases.get(k);
      List<RulesetProblem> bad = new ArrayList<>(compare(c, "cases[" + k + "].expect", a));
      if (c.expect().refused().orElse(false)) {
        bad.add(mismatch(c, "cases[" + k + "].expect.refused", "refused", "true", "false"));
      }
      out.add(new Outcome(c, bad));
    }
    return out;
  }

  /**
   * The outcomes when the assessment was refused: a case expecting refusal passes when its unit
   * lacks a {@code refuse} input; every other case fails, showing the refusal.
   */
  private List<Outcome> refusedOutcomes(CompiledRuleset compiled, MissingValueRefusedException refused) {
    List<IndicatorId> refusing = compiled.measuredInputs().stream()
        .filter(id -> compiled.missingPolicy(id) == MissingPolicy.REFUSE)
        .toList();
    List<Outcome> out = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      RulesetCase c = cases.get(k);
      String path = "cases[" + k + "].expect.refused";
      boolean lacks = refusing.stream().anyMatch(id -> !c.inputs().containsKey(id) && !SubPeriodInputs.complete(c, id));
      if (c.expect().refused().orElse(false) && lacks) {
        out.add(new Outcome(c, List.of()));
      } else {
        out.add(new Outcome(c, List.of(mismatch(c, path, "refused", c.expect().refused().orElse(false).toString(),
            refused.getMessage(java.util.Locale.ENGLISH)))));
      }
    }
    return out;
  }


  private List<RulesetProblem> compare(RulesetCase c, String path, Assessment a) {
    List<RulesetProblem> bad = new ArrayList<>();
    RulesetCase.Expectation x = c.expect();
    x.total().ifPresent(t -> {
      long got = a.total(c.unit());
      if (got != t) {
        bad.add(mismatch(c, path + ".total", "total", Fixed.format(t), Fixed.format(got)));
      }
    });
    x.grade().ifPresent(g -> {
      Optional<Grade> got = a.grade(c.unit());
      boolean ok = g.isEmpty()
          ? got.isEmpty()
          : got.isPresent() && (got.get().id().value().equals(g) || got.get().name().equals(g));
      if (!ok) {
        bad.add(mismatch(c, path + ".grade", "grade", g.isEmpty() ? "none" : g,
            got.map(gr -> gr.name() + " (" + gr.id() + ")").orElse("none")));
      }
    });
    x.vetoes().ifPresent(v -> {
      List<RuleId> got = a.vetoes(c.unit()).stream().map(Veto::id).toList();
      if (!new LinkedHashSet<>(got).equals(new LinkedHashSet<>(v))) {
        bad.add(mismatch(c, path + ".vetoes", "vetoes", v.toString(), got.toString()));
      }
    });
    x.notAssessed().ifPresent(q -> {
      boolean got = a.notAssessed(c.unit());
      if (got != q) {
        bad.add(mismatch(c, path + ".notAssessed", "notAssessed", q.toString(), Boolean.toString(got)));
      }
    });
    x.cutByQuota().ifPresent(q -> {
      boolean got = a.cutByQuota(c.unit());
      if (got != q) {
        bad.add(mismatch(c, path + ".cutByQuota", "cutByQuota", q.toString(), Boolean.toString(got)));
      }
    });
    x.missing().ifPresent(m -> {
      List<IndicatorId> got = a.missing(c.unit());
      if (!new LinkedHashSet<>(got).equals(new LinkedHashSet<>(m))) {
        bad.add(mismatch(c, path + ".missing", "missing", m.toString(), got.toString()));
      }
    });
    x.points().forEach((id, p) -> {
      long got = a.points(id, c.unit());
      if (got != p) {
        bad.add(mismatch(c, path + "." + id, id.value(), Fixed.format(p), Fixed.format(got)));
      }
    });
    return bad;
  }

  private RulesetProblem mismatch(RulesetCase c, String path, String what, String expected, String got) {
    return RulesetProblem.of(inputLocations.getOrDefault(path, c.at()), path, "format.caseFailed", what, expected, got);
  }

  /**
   * A cases file whose period the ruleset does not rate (两年一评 given one year) as a problem at the file's
   * {@code period} line, nothing run; any other refusal of the inputs is rethrown as it is.
   */
  static RulesetFileException periodRefused(String file, Map<String, SourceLocation> locations,
      org.grassroots.input.InvalidInputException e) {
    if (!PERIOD_LENGTH.equals(e.key())) {
      throw e;
    }
    SourceLocation at = locations.getOrDefault("period", new SourceLocation(file, 1, 1));
    return new RulesetFileException(file, List.of(new RulesetProblem(at, "period", e.key(), List.of(), e)));
  }
}
