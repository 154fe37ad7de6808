package org.grassroots.rules.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.Excerpt;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.stars.StarOutcome;

/**
 * The fixture cases of a program file (项目测试), one line per case as for rulesets ({@link
 * RulesetCases}): each case is a unit with its inputs and what the program must give it — the
 * designations it holds ({@code holds}: the stars or types, exactly), its {@code level} (how many it
 * holds) and, for stars, what it is {@code due} before any budget and {@code paid} (yuan with fen);
 * {@code publicity} runs a unit's proposed star change through publicity events (公示: publicised,
 * objected, reviewed, confirmed or withdrawn, with dates) and pins its status and dates after them
 * ({@link PublicityCases}); {@code totals} pins the district's
 * figures by name (e.g. {@code total}, {@code count[pioneer]}, {@code due}, {@code paid}, {@code
 * demonstrations}), each as its kind says (counts whole, money in yuan with fen).
 *
 * <pre>{@code
 * program: yungang-stars.program.yaml
 * period: 2022
 * defaults: {organisation: 95, secretary-on-file: yes}
 * cases:
 *   - {unit: c01, expect: {holds: [pioneer], level: 1, due: "20000.00", paid: "20000.00"}}
 * publicity:
 *   - {unit: c01, star: pioneer, events: {publicised: "2023-01-06"}, asOf: "2023-01-31", expect: {status: confirmed}}
 * totals: {total: 1, due: "20000.00"}
 * }</pre>
 *
 * {@link #run()} evaluates every case's unit together (one district, units under groups as for
 * rulesets) and gives each case's mismatches with the cases file's line, in both languages; {@link
 * #totalsOutcome()} the totals'. A command line runs a file with {@link #read(Path)} and {@link
 * #runAll()}; a program cases file is told from a ruleset cases file by its {@code program} field.
 */
public final class ProgramCases {
  /** The classpath location of the published JSON Schema of program cases files. */
  public static final String SCHEMA_RESOURCE = "/org/grassroots/rules/format/program-cases.schema.json";

  static final Set<String> FILE_FIELDS = ImmutableSet.of("program", "period", "groupKind", "defaults", "cases", "publicity",
      "totals");
  static final Set<String> CASE_FIELDS = ImmutableSet.of("unit", "name", "group", "inputs", "expect");
  static final Set<String> EXPECT_FIELDS = ImmutableSet.of("holds", "level", "due", "paid");

  private final String file;
  private final URL programUrl;
  private final Period period;
  private final OrgKind groupKind;
  private final ImmutableList<Case> cases;
  private final ImmutableList<PublicityCases.Run> publicity;
  private final Map<String, Cursor> totals;
  private final Map<String, SourceLocation> locations;

  /**
   * One case: a unit, its inputs and what it must get.
   *
   * @param name the case's name (the unit's id unless named)
   * @param unit the unit
   * @param group the group it is placed under
   * @param inputs its inputs, fixed point
   * @param holds the designations it must hold, exactly, if pinned
   * @param level how many it must hold, if pinned
   * @param due what it must be due before any budget, in fen, if pinned
   * @param paid what it must be paid, in fen, if pinned
   * @param at where the case starts in the file
   */
  public record Case(String name, OrgUnitId unit, String group, Map<IndicatorId, Long> inputs,
      Optional<Set<RuleId>> holds, Optional<Integer> level, Optional<Long> due, Optional<Long> paid,
      SourceLocation at) {}

  /** The outcome of one case or of the totals: the mismatches found (none when it passed). */
  public record Outcome(String name, SourceLocation at, List<RulesetProblem> mismatches) {
    public Outcome {
      mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
      return mismatches.isEmpty();
    }
  }

  private ProgramCases(String file, URL programUrl, Period period, OrgKind groupKind, List<Case> cases,
      List<PublicityCases.Run> publicity, Map<String, Cursor> totals, Map<String, SourceLocation> locations) {
    this.file = file;
    this.programUrl = programUrl;
    this.period = period;
    this.groupKind = groupKind;
    this.cases = ImmutableList.copyOf(cases);
    this.publicity = ImmutableList.copyOf(publicity);
    this.totals = totals;
    this.locations = locations;
  }

  /** The cases file's name as shown in messages. */
  public String file() {
    return file;
  }

  /** The cases, in file order. */
  public List<Case> cases() {
    return cases;
  }

  /**
   * How many outcomes {@link #runAll()} gives: one per case, one per publicity run, and one for the
   * totals when the file pins any.
   */
  public int size() {
    return cases.size() + publicity.size() + (totals.isEmpty() ? 0 : 1);
  }

  /** Reads a program cases file from disk; its program file is found relative to it. */
  public static ProgramCases read(Path path) {
    Check.notNull("path", path);
    return read(RulesetFiles.url(path));
  }

  /** Reads a program cases file from a URL; its program file is found relative to it. */
  public static ProgramCases read(URL url) {
    Check.notNull("url", url);
    String name = url.getProtocol().equals("file") ? url.getPath() : RulesetFiles.displayName(url);
    return RulesetFiles.parseFile(url, name, ProgramCases::parse);
  }

  private static ProgramCases parse(URL base, LocatedTree tree) {
    Cursor.Context ctx = new Cursor.Context(tree);
    Cursor root = new Cursor(ctx, tree.root, "", "");
    ProgramCases out = null;
    try {
      root.object(FILE_FIELDS);
      URL program = RulesetCases.relative(base, root.field("program"));
      Period period = RulesetCases.period(root);
      OrgKind groupKind = RulesetCases.groupKind(root);
      Map<IndicatorId, Long> defaults = RulesetCases.defaults(root);
      Set<OrgUnitId> units = new LinkedHashSet<>();
      List<Case> cases = root.field("cases").elements(c -> testCase(c, defaults, units));
      List<PublicityCases.Run> publicity = root.optional("publicity").map(x -> x.elements(PublicityCases::read))
          .orElse(List.of());
      Map<String, Cursor> totals = new LinkedHashMap<>();
      root.optional("totals").ifPresent(t -> {
        t.anyObject();
        t.node.fieldNames().forEachRemaining(n -> totals.put(n, t.field(n)));
      });
      out = new ProgramCases(tree.file, program, period, groupKind, cases, publicity, totals, ctx.byPath);
    } catch (Cursor.Abort a) {
      // recorded
    }
    if (!ctx.problems.isEmpty() || out == null) {
      throw new RulesetFileException(tree.file, RulesetReader.sorted(ctx.problems));
    }
    return out;
  }

  private static Case testCase(Cursor c, Map<IndicatorId, Long> defaults, Set<OrgUnitId> units) {
    c.object(CASE_FIELDS);
    Cursor u = c.field("unit");
    String unitText = u.idText();
    OrgUnitId unit = u.build(() -> OrgUnitId.of(unitText));
    if (!units.add(unit)) {
      throw u.fail("format.caseUnit", unitText);
    }
    String name = c.optional("name").map(Cursor::text).orElse(unitText);
    String group = c.optional("group").map(g -> {
      String t = g.idText();
      return g.build(() -> OrgUnitId.of(t)).value();
    }).orElse("S1");
    Map<IndicatorId, Long> inputs = new LinkedHashMap<>(defaults);
    c.optional("inputs").map(RulesetCases::inputs).ifPresent(own -> own.forEach((id, v) -> {
      if (v == null) {
        inputs.remove(id);
      } else {
        inputs.put(id, v);
      }
    }));
    Cursor e = c.field("expect").object(EXPECT_FIELDS);
    Optional<Set<RuleId>> holds = e.optional("holds").map(h -> new LinkedHashSet<>(h.elements(x -> {
      String t = x.idText();
      return x.build(() -> RuleId.of(t));
    })));
    Optional<Integer> level = e.optional("level").map(Cursor::integer);
    Optional<Long> due = e.optional("due").map(x -> ProgramReader.money(x).fen());
    Optional<Long> paid = e.optional("paid").map(x -> ProgramReader.money(x).fen());
    return new Case(name, unit, group, Map.copyOf(inputs), holds, level, due, paid, c.at());
  }

  /**
   * Loads the program, evaluates every case's unit together and compares each case's outcomes; the
   * totals' outcome is {@link #totalsOutcome()}, computed by the same run.
   *
   * @throws RulesetFileException if the program file is wrong, or a case names an input the program's
   *     ruleset does not have
   */
  public List<Outcome> run() {
    return evaluate().cases;
  }

  /**
   * Every outcome of the file from one evaluation: each case's in file order, each publicity run's,
   * then the totals' when the file pins any — what a command line running cases files prints (failures with file:line,
   * expected and got, in both languages) and counts for its exit code.
   */
  public List<Outcome> runAll() {
    Result r = evaluate();
    List<Outcome> out = new ArrayList<>(r.cases);
    out.addAll(r.publicity);
    if (!totals.isEmpty()) {
      out.add(r.totals);
    }
    return out;
  }

  /** Whether the file pins any district figure under {@code totals} (run as one more outcome). */
  public boolean pinsTotals() {
    return !totals.isEmpty();
  }

  /** The totals pinned by the file, compared with the district's figures; passes when none are pinned. */
  public Outcome totalsOutcome() {
    return evaluate().totals;
  }

  private record Result(List<Outcome> cases, List<Outcome> publicity, Outcome totals) {}

  private Result evaluate() {
    DeclaredProgram declared = ProgramFiles.load(programUrl);
    DesignationProgram<?> program = declared.program();
    Set<IndicatorId> known = new LinkedHashSet<>(CompiledRuleset.compile(program.rules()).inputs());
    OrgUnitId root = OrgUnitId.of(RulesetCases.ROOT);
    TreeSnapshot.Builder tb = TreeSnapshot.builder(cases.size() + 8);
    tb.add(root, null, OrgKind.DISTRICT);
    Set<String> groups = new LinkedHashSet<>();
    cases.forEach(c -> groups.add(c.group()));
    Set<OrgUnitId> unitIds = new LinkedHashSet<>();
    cases.forEach(c -> unitIds.add(c.unit()));
    List<RulesetProblem> bad = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      OrgUnitId g = OrgUnitId.of(cases.get(k).group());
      if (unitIds.contains(g) || g.equals(root) || cases.get(k).unit().equals(root)) {
        bad.add(RulesetProblem.of(cases.get(k).at(), "cases[" + k + "]", "format.caseGroup", g.value(),
            cases.get(k).unit()));
      }
    }
    if (!bad.isEmpty()) {
      throw new RulesetFileException(file, bad);
    }
    groups.forEach(g -> tb.add(OrgUnitId.of(g), root, groupKind));
    cases.forEach(c -> tb.add(c.unit(), OrgUnitId.of(c.group()), program.rules().subjectKind()));
    TreeSnapshot tree = tb.build();
    InputColumns.Builder in = InputColumns.builder(tree, period);
    for (int k = 0; k < cases.size(); k++) {
      Case c = cases.get(k);
      for (Map.Entry<IndicatorId, Long> e : c.inputs().entrySet()) {
        if (!known.contains(e.getKey())) {
          String path = "cases[" + k + "].inputs." + e.getKey();
          bad.add(RulesetProblem.of(locations.getOrDefault(path, locations.getOrDefault("defaults." + e.getKey(),
              c.at())), path, "format.caseUnknown", e.getKey().value()));
        } else {
          in.set(e.getKey(), tree.require(c.unit()), e.getValue());
        }
      }
    }
    if (!bad.isEmpty()) {
      throw new RulesetFileException(file, bad);
    }
    DesignationOutcome o;
    try {
      o = program.evaluate(in.build());
    } catch (org.grassroots.input.InvalidInputException e) {
      throw RulesetCases.periodRefused(file, locations, e);
    }
    StarOutcome stars = o instanceof StarOutcome so ? so : null;
    bad.addAll(PublicityCases.problems(publicity, declared, unitIds, stars));
    if (!bad.isEmpty()) {
      throw new RulesetFileException(file, bad);
    }
    List<Figure> unitFigures = o.unitFigures();
    long[] shares = new long[unitFigures.size()];
    List<Outcome> out = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      Case c = cases.get(k);
      String path = "cases[" + k + "].expect";
      List<RulesetProblem> m = new ArrayList<>();
      Set<RuleId> held = new LinkedHashSet<>();
      o.designationResult().held(c.unit()).forEach(g -> held.add(g.id()));
      c.holds().filter(h -> !h.equals(held)).ifPresent(h -> m.add(mismatch(c.at(), path + ".holds", "holds",
          h.toString(), held.toString())));
      c.level().filter(l -> l != held.size()).ifPresent(l -> m.add(mismatch(c.at(), path + ".level", "level",
          l.toString(), Integer.toString(held.size()))));
      if (c.due().isPresent() || c.paid().isPresent()) {
        o.unitValues(tree.require(c.unit()), shares, 0);
        unitMoney(o, unitFigures, shares, c, path, "due", c.due(), m);
        unitMoney(o, unitFigures, shares, c, path, "paid", c.paid(), m);
      }
      out.add(new Outcome(c.name(), c.at(), m));
    }
    List<Outcome> runs = new ArrayList<>();
    for (PublicityCases.Run r : publicity) {
      runs.add(new Outcome(r.name(), r.at(), PublicityCases.run(r, declared, stars, locations)));
    }
    return new Result(out, runs, totals(o));
  }

  /** Compares the unit's money figure {@code NAME.figure} with {@code expected}, if pinned. */
  private void unitMoney(DesignationOutcome o, List<Figure> unitFigures, long[] shares, Case c, String path,
      String figure, Optional<Long> expected, List<RulesetProblem> m) {
    if (expected.isEmpty()) {
      return;
    }
    String name = o.program() + "." + figure;
    int at = indexOf(unitFigures, name);
    if (at < 0) {
      m.add(RulesetProblem.of(locations.getOrDefault(path + "." + figure, c.at()), path + "." + figure,
          "format.program.noFigure", figure, names(unitFigures, o.program())));
    } else if (shares[at] != expected.get()) {
      m.add(mismatch(c.at(), path + "." + figure, figure, Figure.money(name, expected.get(), unitFigures.get(at).label())
          .formatted(), unitFigures.get(at).kind().format(shares[at])));
    }
  }

  private Outcome totals(DesignationOutcome o) {
    List<RulesetProblem> m = new ArrayList<>();
    SourceLocation start = locations.getOrDefault("totals", new SourceLocation(file, 1, 1));
    totals.forEach((key, cursor) -> {
      String path = "totals." + key;
      int at = indexOf(o.figures(), o.program() + "." + key);
      if (at < 0) {
        m.add(RulesetProblem.of(cursor.at(), path, "format.program.noFigure", key, names(o.figures(), o.program())));
        return;
      }
      Figure got = o.figures().get(at);
      long expected;
      try {
        expected = switch (got.kind()) {
          case MONEY -> ProgramReader.money(cursor).fen();
          case COUNT -> cursor.integer();
          case FIXED -> cursor.fixed();
        };
      } catch (Cursor.Abort a) {
        m.add(RulesetProblem.of(cursor.at(), path, "format.program.money", Excerpt.of(cursor.node.asText())));
        return;
      }
      if (expected != got.value()) {
        m.add(mismatch(cursor.at(), path, key, got.kind().format(expected), got.formatted()));
      }
    });
    return new Outcome("totals", start, m);
  }

  private static int indexOf(List<Figure> figures, String name) {
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String names(List<Figure> figures, String program) {
    return String.join(", ", figures.stream().map(f -> f.name().substring(program.length() + 1)).toList());
  }

  private RulesetProblem mismatch(SourceLocation caseAt, String path, String what, String expected, String got) {
    return RulesetProblem.of(locations.getOrDefault(path, caseAt), path, "format.caseFailed", what, expected, got);
  }

}
