package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * A ruleset validated and compiled once (已编译规则集) into evaluators that run over columns of
 * measurements on a {@link TreeSnapshot}. Immutable and thread-safe: one compiled ruleset can
 * evaluate many periods and scenarios at once.
 *
 * <p>The same evaluators, run for one unit with a tracer, produce the {@link Explanation} ({@link
 * Assessment#explain}).
 */
public final class CompiledRuleset {
  static final int MAX_RULES = 64; // vetoes, grades and quotas are tracked as bits of a long

  private final Ruleset ruleset;
  // indicator nodes: 0 is the total, 1.. the indicators in pre-order
  private final int nodeCount;
  private final Indicator[] node;
  private final int[] depth;
  private final int[][] children;
  private final Eval[] method;
  private final int[] inputSlot;
  private final long[] weight;
  private final boolean[] weighted;
  private final Rounding[] rounding;
  private final Long[] floor;
  private final Long[] cap;
  private final int[] items;
  private final int[] categoriesBottomUp;
  private final Map<IndicatorId, Integer> nodeOf = new HashMap<>();
  // inputs: every indicator node and every declared input has a slot
  private final List<IndicatorId> slotIds = new ArrayList<>();
  private final Map<IndicatorId, Integer> slotOf = new HashMap<>();
  private final boolean[] carrySlot;
  private final List<PeerEval> peers = new ArrayList<>();
  // rules
  private final Bonus[] bonuses;
  private final int[] bonusSlot;
  private final Eval[] bonusEval;
  private final Veto[] vetoes;
  private final Cond[] vetoCond;
  private final long zeroingVetoes;
  private final Grade[] grades;
  private final long[] vetoesBlocking;
  private final Cond[][] gradeGates;
  private final Gate[][] gradeGateRules;
  private final Quota[] quotas;
  private final int[] quotaGrade;
  private final int[] quotaSecondSlot;
  // missing values: the policy of every slot (measured inputs: sub-items and declared inputs)
  private final MissingPolicy[] slotPolicy;
  private final boolean[] measured;
  private final String[] slotName;
  private final long fullScore;
  private final long rescaleCut;
  private final Rounding rescaleRounding;

  private CompiledRuleset(Ruleset r) {
    this.ruleset = r;
    List<Indicator> nodes = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    nodes.add(null);
    depths.add(-1);
    parents.add(-1);
    for (Indicator i : r.indicators()) {
      flatten(i, 0, 0, nodes, depths, parents);
    }
    nodeCount = nodes.size();
    node = nodes.toArray(new Indicator[0]);
    depth = depths.stream().mapToInt(Integer::intValue).toArray();
    List<List<Integer>> kids = new ArrayList<>();
    for (int n = 0; n < nodeCount; n++) {
      kids.add(new ArrayList<>());
    }
    for (int n = 1; n < nodeCount; n++) {
      kids.get(parents.get(n)).add(n);
      nodeOf.put(node[n].id(), n);
      slot(node[n].id());
    }
    for (InputSpec in : r.inputs()) {
      slot(in.id());
    }
    children = new int[nodeCount][];
    method = new Eval[nodeCount];
    inputSlot = new int[nodeCount];
    weight = new long[nodeCount];
    weighted = new boolean[nodeCount];
    rounding = new Rounding[nodeCount];
    floor = new Long[nodeCount];
    cap = new Long[nodeCount];
    List<Integer> itemList = new ArrayList<>();
    List<Integer> catList = new ArrayList<>();
    carrySlot = new boolean[slotIds.size()];
    for (int n = 0; n < nodeCount; n++) {
      children[n] = kids.get(n).stream().mapToInt(Integer::intValue).toArray();
      if (n == 0) {
        weighted[n] = r.aggregation() == Aggregation.WEIGHTED;
        rounding[n] = r.rounding();
        cap[n] = r.totalCap().orElse(null);
        inputSlot[n] = -1;
        continue;
      }
      Indicator ind = node[n];
      weight[n] = ind.weight();
      weighted[n] = ind.aggregation() == Aggregation.WEIGHTED;
      rounding[n] = ind.rounding();
      floor[n] = ind.floor().orElse(null);
      cap[n] = ind.cap().orElse(null);
      inputSlot[n] = slotOf.get(ind.id());
      if (ind.isItem()) {
        method[n] = compile(ind.method().orElseThrow(), inputSlot[n]);
        if (containsCarryOver(ind.method().get())) {
          carrySlot[inputSlot[n]] = true;
        }
        itemList.add(n);
      }
    }
    for (int n = nodeCount - 1; n >= 0; n--) {
      if (n == 0 || !node[n].isItem()) {
        catList.add(n);
      }
    }
    items = itemList.stream().mapToInt(Integer::intValue).toArray();
    categoriesBottomUp = catList.stream().mapToInt(Integer::intValue).toArray();

    // a node's policy: its own, else its category's, else the ruleset's (pre-order: parents first)
    slotPolicy = new MissingPolicy[slotIds.size()];
    java.util.Arrays.fill(slotPolicy, MissingPolicy.ZERO);
    measured = new boolean[slotIds.size()];
    slotName = new String[slotIds.size()];
    MissingPolicy[] nodePolicy = new MissingPolicy[nodeCount];
    nodePolicy[0] = r.missingDefault();
    for (int n = 1; n < nodeCount; n++) {
      nodePolicy[n] = node[n].missing().orElse(nodePolicy[parents.get(n)]);
      slotName[inputSlot[n]] = node[n].name();
      if (node[n].isItem()) {
        slotPolicy[inputSlot[n]] = nodePolicy[n];
        measured[inputSlot[n]] = true;
      }
    }
    for (InputSpec in : r.inputs()) {
      int s = slotOf.get(in.id());
      slotPolicy[s] = in.missing().orElse(r.missingDefault());
      measured[s] = true;
      slotName[s] = in.name();
    }
    fullScore = r.indicators().stream().mapToLong(Indicator::points).sum();
    rescaleCut = Math.min(fullScore, r.totalCap().orElse(Long.MAX_VALUE));
    rescaleRounding = r.rescaleRounding().orElse(null);

    bonuses = r.bonuses().toArray(new Bonus[0]);
    bonusSlot = new int[bonuses.length];
    bonusEval = new Eval[bonuses.length];
    for (int b = 0; b < bonuses.length; b++) {
      bonusSlot[b] = slotOf.get(bonuses[b].input());
      bonusEval[b] = compile(bonuses[b].method(), bonusSlot[b]);
    }
    Map<RuleId, Integer> gradeIndex = new HashMap<>();
    grades = r.grades().toArray(new Grade[0]);
    for (int g = 0; g < grades.length; g++) {
      gradeIndex.put(grades[g].id(), g);
    }
    vetoes = r.vetoes().toArray(new Veto[0]);
    vetoCond = new Cond[vetoes.length];
    vetoesBlocking = new long[grades.length];
    long zeroing = 0;
    for (int v = 0; v < vetoes.length; v++) {
      vetoCond[v] = compile(vetoes[v].when());
      if (vetoes[v].effect() == Veto.Effect.ZERO_TOTAL) {
        zeroing |= 1L << v;
      } else {
        for (int g = 0; g < grades.length; g++) {
          if (vetoes[v].grades().isEmpty() || vetoes[v].grades().contains(grades[g].id())) {
            vetoesBlocking[g] |= 1L << v;
          }
        }
      }
    }
    zeroingVetoes = zeroing;
    Map<RuleId, Gate> gateById = new LinkedHashMap<>();
    Map<RuleId, Cond> gateCond = new HashMap<>();
    for (Gate gate : r.gates()) {
      gateById.put(gate.id(), gate);
      gateCond.put(gate.id(), compile(gate.condition()));
    }
    gradeGates = new Cond[grades.length][];
    gradeGateRules = new Gate[grades.length][];
    for (int g = 0; g < grades.length; g++) {
      List<RuleId> gs = grades[g].gates();
      gradeGates[g] = new Cond[gs.size()];
      gradeGateRules[g] = new Gate[gs.size()];
      for (int k = 0; k < gs.size(); k++) {
        gradeGates[g][k] = gateCond.get(gs.get(k));
        gradeGateRules[g][k] = gateById.get(gs.get(k));
      }
    }
    quotas = r.quotas().toArray(new Quota[0]);
    quotaGrade = new int[quotas.length];
    quotaSecondSlot = new int[quotas.length];
    for (int q = 0; q < quotas.length; q++) {
      quotaGrade[q] = gradeIndex.get(quotas[q].grade());
      quotaSecondSlot[q] = quotas[q].tieBreak().secondKey().map(slotOf::get).orElse(-1);
    }
  }

  /**
   * Validates and compiles a complete ruleset (one without a parent; resolve inheritance first with
   * {@link RulesetResolver}).
   *
   * @throws RulesetInvalidException with every error found, each with its path
   */
  public static CompiledRuleset compile(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    Check.that(ruleset.parent().isEmpty(), "assessment.notResolved", "ruleset.parent",
        ruleset.parent().map(Object::toString).orElse(""));
    List<RuleError> errors = RulesetValidator.validate(ruleset);
    if (!errors.isEmpty()) {
      throw new RulesetInvalidException(ruleset.ref().toString(), errors);
    }
    Check.between("ruleset.vetoes.size", ruleset.vetoes().size(), 0, MAX_RULES);
    Check.between("ruleset.grades.size", ruleset.grades().size(), 0, MAX_RULES);
    Check.between("ruleset.quotas.size", ruleset.quotas().size(), 0, MAX_RULES);
    return new CompiledRuleset(ruleset);
  }

  /** The ruleset compiled. */
  public Ruleset ruleset() {
    return ruleset;
  }

  /** The ids of every input read (sub-items and declared inputs), in slot order. */
  public List<IndicatorId> inputs() {
    return List.copyOf(slotIds);
  }

  // ---------------------------------------------------------------- evaluation

  /** Evaluates every assessed unit of {@code columns}' snapshot, with no previous period. */
  public Assessment evaluate(InputColumns columns) {
    return evaluate(columns, null);
  }

  /**
   * Evaluates every unit of the ruleset's subject kind in {@code columns}' snapshot.
   *
   * @param previous the result of the previous period, whose totals feed carry-over items; may be
   *     null (then a carry-over item reads its own measurement)
   */
  public Assessment evaluate(InputColumns columns, Assessment previous) {
    return evaluate(columns, previous, Runnable::run);
  }

  /**
   * Like {@link #evaluate(InputColumns, Assessment)}, running the independent column work (one
   * task per sub-item, and the per-unit totals, vetoes and grades in slices) on {@code executor}.
   * The result is the same whatever the executor; the calling thread waits for every task.
   *
   * @param executor e.g. a {@link java.util.concurrent.ForkJoinPool} of the host's choosing; {@code
   *     Runnable::run} runs everything on the calling thread
   */
  public Assessment evaluate(InputColumns columns, Assessment previous, java.util.concurrent.Executor executor) {
    Check.notNull("columns", columns);
    Check.notNull("executor", executor);
    for (IndicatorId id : columns.indicators()) {
      Check.that(slotOf.containsKey(id), "assessment.unknownInput", "columns", id, ruleset.ref());
    }
    TreeSnapshot tree = columns.tree();
    int n = tree.size();
    int[] subjects = tree.positionsOf(ruleset.subjectKind());
    long[] zeros = new long[n];
    long[][] in = new long[slotIds.size()][];
    long[] carried = previous == null ? null : carriedTotals(previous, tree, subjects);
    for (int s = 0; s < in.length; s++) {
      in[s] = carrySlot[s] && carried != null ? carried : columns.column(slotIds.get(s)).orElse(zeros);
    }
    Missing missing = missing(columns, subjects, carried != null);
    State st = new State(tree, subjects, in, peers.size());
    for (PeerEval p : peers) {
      p.prepare(st);
    }
    Frame f = new Frame(nodeCount, n);
    List<Runnable> itemTasks = new ArrayList<>();
    for (int node : items) {
      long[] present = missing.present[inputSlot[node]];
      if (present != null && slotPolicy[inputSlot[node]] == MissingPolicy.EXCLUDE) {
        itemTasks.add(() -> { // an excluded sub-item scores nothing, whatever its floor
          long[] out = f.scores[node];
          for (int pos : subjects) {
            out[pos] = (present[pos >>> 6] & (1L << pos)) == 0 ? 0 : limit(node, itemRaw(node, pos, st, null));
          }
        });
        continue;
      }
      itemTasks.add(() -> {
        long[] out = f.scores[node];
        for (int pos : subjects) {
          out[pos] = limit(node, itemRaw(node, pos, st, null));
        }
      });
    }
    runAll(itemTasks, executor);
    for (int node : categoriesBottomUp) {
      long[] out = f.scores[node];
      for (int pos : subjects) {
        out[pos] = limit(node, categoryRaw(node, pos, f, null));
      }
    }
    if (missing.excluded != null) {
      long[] before = f.scores[0];
      for (int pos : subjects) {
        if (missing.excluded[pos] != 0) {
          before[pos] = rescale(before[pos], missing.excluded[pos]);
        }
      }
    }
    long[][] bonusPoints = new long[bonuses.length][n];
    long[] vetoMask = new long[n];
    int[] grade = new int[n];
    java.util.Arrays.fill(grade, -1);
    List<Runnable> unitTasks = new ArrayList<>();
    int slice = Math.max(1 << 14, subjects.length / 8 + 1);
    for (int from = 0; from < subjects.length; from += slice) {
      int start = from;
      int end = Math.min(subjects.length, from + slice);
      unitTasks.add(() -> unitResults(subjects, start, end, st, f, bonusPoints, vetoMask, grade));
    }
    runAll(unitTasks, executor);
    if (missing.disqualified != null) {
      for (int pos : subjects) {
        if (missing.disqualified[pos]) {
          grade[pos] = -1; // before quotas: a disqualified unit takes no place within one
        }
      }
    }
    QuotaOutcome quota = applyQuotas(st, f, vetoMask, grade);
    return new Assessment(this, columns.period(), st, f, bonusPoints, vetoMask, grade, quota, missing);
  }

  /**
   * What is missing among the subjects: per measured slot, the presence words (null when every
   * subject is present) and the count; refuses the run if a REFUSE input is missing anywhere;
   * per subject, the excluded points and whether a DISQUALIFY input (or every sub-item) is missing.
   * With nothing missing this reads one null per column and allocates nothing per unit.
   */
  private Missing missing(InputColumns columns, int[] subjects, boolean carried) {
    int slots = slotIds.size();
    long[][] present = new long[slots][];
    int[] count = new int[slots];
    boolean any = false;
    for (int s = 0; s < slots; s++) {
      if (!measured[s] || (carried && carrySlot[s])) {
        continue; // a carried total is present for every unit
      }
      long[] w = columns.presenceWords(slotIds.get(s));
      if (w == null) {
        continue;
      }
      int c = 0;
      for (int pos : subjects) {
        if ((w[pos >>> 6] & (1L << pos)) == 0) {
          c++;
        }
      }
      if (c > 0) {
        present[s] = w;
        count[s] = c;
        any = true;
      }
    }
    if (!any) {
      return new Missing(present, count, null, null);
    }
    refuseIfMissing(columns.tree(), subjects, present, count);
    int n = columns.tree().size();
    long[] excluded = null;
    boolean[] disqualified = null;
    for (int node : items) {
      int s = inputSlot[node];
      if (present[s] != null && slotPolicy[s] == MissingPolicy.EXCLUDE) {
        excluded = excluded == null ? new long[n] : excluded;
        for (int pos : subjects) {
          if ((present[s][pos >>> 6] & (1L << pos)) == 0) {
            excluded[pos] = Math.addExact(excluded[pos], this.node[node].points());
          }
        }
      }
    }
    for (int s = 0; s < slots; s++) {
      if (present[s] != null && slotPolicy[s] == MissingPolicy.DISQUALIFY) {
        disqualified = disqualified == null ? new boolean[n] : disqualified;
        for (int pos : subjects) {
          disqualified[pos] |= (present[s][pos >>> 6] & (1L << pos)) == 0;
        }
      }
    }
    if (excluded != null) {
      for (int pos : subjects) {
        if (excluded[pos] != 0 && excluded[pos] >= fullScore) {
          disqualified = disqualified == null ? new boolean[n] : disqualified;
          disqualified[pos] = true; // nothing left to assess
        }
      }
    }
    return new Missing(present, count, excluded, disqualified);
  }

  private void refuseIfMissing(TreeSnapshot tree, int[] subjects, long[][] present, int[] count) {
    long refused = 0;
    for (int s = 0; s < present.length; s++) {
      if (present[s] != null && slotPolicy[s] == MissingPolicy.REFUSE) {
        refused += count[s];
      }
    }
    if (refused == 0) {
      return;
    }
    for (int pos : subjects) { // the first unit in the snapshot's order, its first input in the ruleset's
      for (int s = 0; s < present.length; s++) {
        if (present[s] != null && slotPolicy[s] == MissingPolicy.REFUSE
            && (present[s][pos >>> 6] & (1L << pos)) == 0) {
          throw new MissingValueRefusedException(tree.id(pos), slotIds.get(s), refused);
        }
      }
    }
  }

  /**
   * The total before bonuses of a unit whose excluded sub-items hold {@code excluded} of the full
   * score F: {@code scored × F / (F − excluded)} by the declared rounding, cut at F (and the total
   * cap); 0 when nothing is left.
   */
  long rescale(long scored, long excluded) {
    long possible = fullScore - excluded;
    if (possible <= 0) {
      return 0;
    }
    return Math.min(rescaleRounding.divide(Math.multiplyExact(scored, fullScore), possible), rescaleCut);
  }

  /** The missing values of one run (see {@link #missing}); arrays are null when nothing applies. */
  record Missing(long[][] present, int[] count, long[] excluded, boolean[] disqualified) {
    boolean isMissing(int slot, int pos) {
      long[] w = present[slot];
      return w != null && (w[pos >>> 6] & (1L << pos)) == 0;
    }
  }

  /** Bonuses, total, vetoes and the grade before quotas of {@code subjects[from, to)}. */
  private void unitResults(int[] subjects, int from, int to, State st, Frame f, long[][] bonusPoints,
      long[] vetoMask, int[] grade) {
    long[][] in = st.in;
    long[] total = f.total;
    for (int k = from; k < to; k++) {
      int pos = subjects[k];
      long t = f.scores[0][pos];
      for (int b = 0; b < bonuses.length; b++) {
        long p = bonusEval[b].score(in[bonusSlot[b]][pos], pos, st, null);
        bonusPoints[b][pos] = p;
        t = Math.addExact(t, p);
      }
      total[pos] = t;
      long mask = 0;
      for (int v = 0; v < vetoes.length; v++) {
        if (vetoCond[v].test(pos, pos, st, f, null)) {
          mask |= 1L << v;
        }
      }
      vetoMask[pos] = mask;
      if ((mask & zeroingVetoes) != 0) {
        total[pos] = 0;
      }
      grade[pos] = firstQualifying(0, pos, pos, st, f, mask);
    }
  }

  /** Runs {@code tasks} on {@code executor} and waits for all; rethrows the first failure as is. */
  static void runAll(List<Runnable> tasks, java.util.concurrent.Executor executor) {
    List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>(tasks.size());
    for (Runnable task : tasks) {
      running.add(java.util.concurrent.CompletableFuture.runAsync(task, executor));
    }
    try {
      java.util.concurrent.CompletableFuture.allOf(running.toArray(new java.util.concurrent.CompletableFuture[0])).join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private long[] carriedTotals(Assessment previous, TreeSnapshot tree, int[] subjects) {
    long[] out = new long[tree.size()];
    if (previous.tree() == tree) {
      for (int pos : subjects) {
        out[pos] = previous.total(pos);
      }
      return out;
    }
    for (int pos : subjects) {
      Optional<Integer> p = previous.tree().indexOf(tree.id(pos));
      out[pos] = p.map(previous::total).orElse(0L);
    }
    return out;
  }

  long itemRaw(int node, int pos, State st, Trace t) {
    return method[node].score(st.in[inputSlot[node]][pos], pos, st, t);
  }

  long categoryRaw(int node, int at, Frame f, Trace t) {
    int[] kids = children[node];
    long sum = 0;
    if (weighted[node]) {
      for (int c : kids) {
        sum = Math.addExact(sum, Math.multiplyExact(f.scores[c][at], weight[c]));
      }
      return rounding[node].divide(sum, Fixed.ONE);
    }
    for (int c : kids) {
      sum += f.scores[c][at];
    }
    return sum;
  }

  long limit(int node, long raw) {
    long v = raw;
    Long lo = floor[node];
    if (lo != null && v < lo) {
      v = lo;
    }
    Long hi = cap[node];
    if (hi != null && v > hi) {
      v = hi;
    }
    return v;
  }

  /** The first grade from {@code from} the unit qualifies for (ignoring quotas), or -1. */
  int firstQualifying(int from, int pos, int at, State st, Frame f, long vetoMask) {
    for (int g = from; g < grades.length; g++) {
      if (qualifies(g, pos, at, st, f, vetoMask, null)) {
        return g;
      }
    }
    return -1;
  }

  boolean qualifies(int g, int pos, int at, State st, Frame f, long vetoMask, Trace t) {
    boolean ok = true;
    Optional<Bound> min = grades[g].minTotal();
    if (min.isPresent()) {
      boolean pass = min.get().admitsFromAbove(f.total[at]);
      if (t != null) {
        t.fact("assessment.trace.minTotal", f.total[at], min.get().boundary() == org.grassroots.rules.Boundary.INCLUSIVE ? "≥" : ">",
            min.get().value(), yes(pass));
      }
      ok = pass;
      if (!ok && t == null) {
        return false;
      }
    }
    for (int k = 0; k < gradeGates[g].length; k++) {
      if (t != null) {
        t.fact("assessment.trace.gate", gradeGateRules[g][k].id(), gradeGateRules[g][k].name());
      }
      boolean pass = gradeGates[g][k].test(pos, at, st, f, t);
      if (t != null) {
        t.fact("assessment.trace.gateResult", gradeGateRules[g][k].id(), yes(pass));
      }
      ok &= pass;
      if (!ok && t == null) {
        return false;
      }
    }
    long blocked = vetoMask & vetoesBlocking[g];
    if (blocked != 0) {
      if (t != null) {
        for (int v = 0; v < vetoes.length; v++) {
          if ((blocked & (1L << v)) != 0) {
            t.fact("assessment.trace.disqualified", vetoes[v].id(), vetoes[v].name());
          }
        }
      }
      ok = false;
    }
    return ok;
  }

  private static String yes(boolean b) {
    return b ? "✓" : "✗";
  }

  // ---------------------------------------------------------------- quotas

  /** What the quotas did: per quota, each considered unit's place and the group's limit. */
  record QuotaOutcome(long[] cut, int[][] place, int[][] limit, int[][] groupSize) {}

  private QuotaOutcome applyQuotas(State st, Frame f, long[] vetoMask, int[] grade) {
    int n = st.tree.size();
    long[] cut = new long[n];
    int[][] place = new int[quotas.length][];
    int[][] limit = new int[quotas.length][];
    int[][] size = new int[quotas.length][];
    for (int g = 0; g < grades.length; g++) {
      for (int q = 0; q < quotas.length; q++) {
        if (quotaGrade[q] != g) {
          continue;
        }
        Quota quota = quotas[q];
        place[q] = new int[n];
        limit[q] = new int[n];
        size[q] = new int[n];
        int[] group = quota.groupKind().map(st::groupOf).orElseGet(() -> new int[n]);
        int[] groupSizes = new int[n + 1]; // by group + 1 (group -1: no group)
        int members = 0;
        for (int pos : st.subjects) {
          groupSizes[group[pos] + 1]++;
          if (grade[pos] == g) {
            members++;
          }
        }
        int[] order = new int[members];
        int k = 0;
        for (int pos : st.subjects) {
          if (grade[pos] == g) {
            order[k++] = pos;
          }
        }
        order = byGroup(order, group, n);
        long[] second = quotaSecondSlot[q] >= 0 ? st.in[quotaSecondSlot[q]] : null;
        boolean ordinal = quota.tieBreak().mode() == TieBreak.RankMode.ORDINAL;
        long[] total = f.total;
        IntSort.IntComparator best = (a, b) -> {
          int c = Long.compare(total[b], total[a]);
          if (c != 0) {
            return c;
          }
          if (ordinal && second != null) {
            c = Long.compare(second[b], second[a]);
            if (c != 0) {
              return c;
            }
          }
          return st.tree.id(a).compareTo(st.tree.id(b));
        };
        for (int from = 0; from < order.length; ) {
          int to = from;
          while (to < order.length && group[order[to]] == group[order[from]]) {
            to++;
          }
          IntSort.sort(order, from, to, best);
          int groupSize = groupSizes[group[order[from]] + 1];
          int lim = limitOf(quota, groupSize);
          int keep = Math.min(lim, to - from);
          if (!ordinal && keep < to - from && keep > 0) {
            // units tied across the cut are all cut, so the quota is never exceeded
            while (keep > 0 && total[order[from + keep - 1]] == total[order[from + keep]]) {
              keep--;
            }
          }
          for (int i = from; i < to; i++) {
            int pos = order[i];
            place[q][pos] = i - from + 1;
            limit[q][pos] = lim;
            size[q][pos] = groupSize;
            if (i - from >= keep) {
              cut[pos] |= 1L << q;
              grade[pos] = firstQualifyingUncut(g + 1, pos, st, f, vetoMask[pos]);
            }
          }
          from = to;
        }
      }
    }
    return new QuotaOutcome(cut, place, limit, size);
  }

  /**
   * {@code positions} reordered so that units of the same group are contiguous (a counting sort by
   * group; units in no group, -1, first), keeping their order within a group.
   */
  static int[] byGroup(int[] positions, int[] group, int treeSize) {
    int[] count = new int[treeSize + 2];
    for (int pos : positions) {
      count[group[pos] + 2]++;
    }
    for (int i = 1; i < count.length; i++) {
      count[i] += count[i - 1];
    }
    int[] out = new int[positions.length];
    for (int pos : positions) {
      out[count[group[pos] + 1]++] = pos;
    }
    return out;
  }

  private int firstQualifyingUncut(int from, int pos, State st, Frame f, long vetoMask) {
    return firstQualifying(from, pos, pos, st, f, vetoMask);
  }

  static int limitOf(Quota quota, int groupSize) {
    long lim = Long.MAX_VALUE;
    if (quota.maxShare().isPresent()) {
      lim = quota.rounding().divide(Math.multiplyExact(quota.maxShare().get(), (long) groupSize), Fixed.ONE);
    }
    if (quota.maxCount().isPresent()) {
      lim = Math.min(lim, quota.maxCount().get());
    }
    return (int) Math.max(0, Math.min(lim, groupSize));
  }

  // ---------------------------------------------------------------- explanation

  Explanation explain(Assessment a, int pos) {
    State st = a.state();
    Frame f = new Frame(nodeCount, 1);
    Trace t = new Trace();
    Explanation.Step[] steps = new Explanation.Step[nodeCount];
    Missing missing = a.missing();
    List<Explanation.MissingInput> missingInputs = new ArrayList<>();
    for (int s = 0; s < slotIds.size(); s++) {
      if (missing.isMissing(s, pos)) {
        missingInputs.add(new Explanation.MissingInput(slotIds.get(s).value(), slotName[s], slotPolicy[s]));
      }
    }
    for (int node : items) {
      int slot = inputSlot[node];
      long x = st.in[slot][pos];
      boolean isMissing = missing.isMissing(slot, pos);
      boolean excludedHere = isMissing && slotPolicy[slot] == MissingPolicy.EXCLUDE;
      if (isMissing) {
        t.fact("missing.trace." + slotPolicy[slot].name(), this.node[node].points());
      }
      long raw = excludedHere ? 0 : itemRaw(node, pos, st, t);
      long value = excludedHere ? 0 : limit(node, raw);
      f.scores[node][0] = value;
      Explanation.Step s = step(Explanation.Kind.ITEM, node, isMissing ? OptionalLong.empty() : OptionalLong.of(x),
          node(node).method().orElseThrow().code(),
          t.take(), List.of(), raw, value);
      steps[node] = excludedHere ? s.notCounted() : s;
    }
    for (int node : categoriesBottomUp) {
      long raw = categoryRaw(node, 0, f, t);
      long value = limit(node, raw);
      f.scores[node][0] = value;
      List<Explanation.Contribution> parts = new ArrayList<>();
      for (int c : children[node]) {
        parts.add(new Explanation.Contribution(node(c).id().value(), f.scores[c][0], weighted[node] ? weight[c] : 0));
      }
      steps[node] = step(node == 0 ? Explanation.Kind.TOTAL : Explanation.Kind.CATEGORY, node, OptionalLong.empty(),
          "", t.take(), parts, raw, value);
    }
    List<Explanation.Step> nodeSteps = new ArrayList<>();
    for (int node = 1; node < nodeCount; node++) {
      nodeSteps.add(steps[node]);
    }
    nodeSteps.add(steps[0]);
    Optional<Explanation.Rescaling> rescaling = Optional.empty();
    long excluded = missing.excluded() == null ? 0 : missing.excluded()[pos];
    if (excluded != 0) {
      long before = f.scores[0][0];
      f.scores[0][0] = rescale(before, excluded);
      rescaling = Optional.of(new Explanation.Rescaling(before, fullScore, excluded, rescaleRounding, rescaleCut,
          f.scores[0][0]));
    }
    boolean disqualified = missing.disqualified() != null && missing.disqualified()[pos];
    List<Explanation.Step> bonusSteps = new ArrayList<>();
    long total = f.scores[0][0];
    for (int b = 0; b < bonuses.length; b++) {
      long x = st.in[bonusSlot[b]][pos];
      long p = bonusEval[b].score(x, pos, st, t);
      total = Math.addExact(total, p);
      bonusSteps.add(new Explanation.Step(Explanation.Kind.BONUS, bonuses[b].id().value(), bonuses[b].name(), 0,
          OptionalLong.of(x), bonuses[b].method().code(), t.take(), List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), p, p, true));
    }
    f.total[0] = total;
    List<Explanation.Step> vetoSteps = new ArrayList<>();
    long mask = 0;
    for (int v = 0; v < vetoes.length; v++) {
      boolean fired = vetoCond[v].test(pos, 0, st, f, t);
      if (fired) {
        mask |= 1L << v;
      }
      vetoSteps.add(new Explanation.Step(Explanation.Kind.VETO, vetoes[v].id().value(), vetoes[v].name(), 0,
          OptionalLong.empty(), vetoes[v].effect().name(), t.take(), List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), fired ? 1 : 0, fired ? 1 : 0, fired));
    }
    if ((mask & zeroingVetoes) != 0) {
      f.total[0] = 0;
    }
    List<Explanation.Step> gradeSteps = new ArrayList<>();
    int given = -1;
    for (int g = 0; g < grades.length && given < 0; g++) {
      boolean ok = qualifies(g, pos, 0, st, f, mask, t);
      if (disqualified) {
        ok = false;
        List<String> which = new ArrayList<>();
        for (Explanation.MissingInput m : missingInputs) {
          if (m.policy() == MissingPolicy.DISQUALIFY) {
            which.add(m.id());
          }
        }
        if (which.isEmpty()) {
          t.fact("missing.trace.nothingLeft");
        } else {
          t.fact("missing.trace.disqualified", String.join(", ", which));
        }
      }
      if (ok) {
        for (int q = 0; q < quotas.length; q++) {
          if (quotaGrade[q] != g || a.quota().place()[q] == null) {
            continue;
          }
          int placeInGroup = a.quota().place()[q][pos];
          int lim = a.quota().limit()[q][pos];
          int size = a.quota().groupSize()[q][pos];
          boolean isCut = (a.quota().cut()[pos] & (1L << q)) != 0;
          t.fact(isCut ? "assessment.trace.quotaCut" : "assessment.trace.quotaKept", quotas[q].id(),
              placeInGroup, size, lim, quotas[q].tieBreak().mode());
          if (isCut) {
            ok = false;
          }
        }
      }
      if (ok) {
        given = g;
      }
      gradeSteps.add(new Explanation.Step(Explanation.Kind.GRADE, grades[g].id().value(), grades[g].name(), 0,
          OptionalLong.empty(), "", t.take(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), ok ? 1 : 0, ok ? 1 : 0, ok));
    }
    return new Explanation(st.tree.id(pos), ruleset.ref(), ruleset.name(), a.period(), nodeSteps, bonusSteps,
        vetoSteps, gradeSteps, f.total[0], given < 0 ? Optional.empty() : Optional.of(grades[given].id()),
        given < 0 ? "" : grades[given].name(), missingInputs, rescaling);
  }

  private Explanation.Step step(Explanation.Kind kind, int n, OptionalLong input, String methodCode,
      List<Explanation.Fact> facts, List<Explanation.Contribution> parts, long raw, long value) {
    boolean isTotal = n == 0;
    return new Explanation.Step(kind, isTotal ? "total" : node[n].id().value(), isTotal ? "" : node[n].name(),
        isTotal ? 0 : depth[n], input, methodCode, facts, parts,
        kind == Explanation.Kind.ITEM ? Optional.empty()
            : Optional.of(weighted[n] ? Aggregation.WEIGHTED : Aggregation.SUM),
        kind != Explanation.Kind.ITEM && weighted[n] ? Optional.of(rounding[n]) : Optional.empty(),
        Optional.ofNullable(floor[n]), Optional.ofNullable(cap[n]), raw, value, true);
  }

  // ---------------------------------------------------------------- lookups for Assessment

  Indicator node(int n) {
    return node[n];
  }

  int nodeCount() {
    return nodeCount;
  }

  Optional<Integer> nodeOf(IndicatorId id) {
    return Optional.ofNullable(nodeOf.get(id));
  }

  Grade grade(int g) {
    return grades[g];
  }

  List<IndicatorId> slotIds() {
    return slotIds;
  }

  boolean measured(int slot) {
    return measured[slot];
  }

  /** The measured inputs (sub-items and declared inputs, not categories), in slot order. */
  public List<IndicatorId> measuredInputs() {
    List<IndicatorId> out = new ArrayList<>();
    for (int s = 0; s < slotIds.size(); s++) {
      if (measured[s]) {
        out.add(slotIds.get(s));
      }
    }
    return List.copyOf(out);
  }

  /** The missing-value policy of input {@code id} (a sub-item or a declared input) as compiled. */
  public MissingPolicy missingPolicy(IndicatorId id) {
    Check.notNull("id", id);
    Integer s = slotOf.get(id);
    Check.that(s != null && measured[s], "assessment.unknownInput", "id", id, ruleset.ref());
    return slotPolicy[s];
  }

  Veto veto(int v) {
    return vetoes[v];
  }

  int vetoCount() {
    return vetoes.length;
  }

  // ---------------------------------------------------------------- compilation

  private void flatten(Indicator i, int d, int parent, List<Indicator> nodes, List<Integer> depths,
      List<Integer> parents) {
    int me = nodes.size();
    nodes.add(i);
    depths.add(d);
    parents.add(parent);
    for (Indicator c : i.children()) {
      flatten(c, d + 1, me, nodes, depths, parents);
    }
  }

  private void slot(IndicatorId id) {
    if (!slotOf.containsKey(id)) {
      slotOf.put(id, slotIds.size());
      slotIds.add(id);
    }
  }

  private static boolean containsCarryOver(ScoringMethod m) {
    if (m instanceof ScoringMethod.CarryOver) {
      return true;
    }
    if (m instanceof ScoringMethod.Limited l) {
      return containsCarryOver(l.inner());
    }
    if (m instanceof ScoringMethod.Sum s) {
      return s.parts().stream().anyMatch(CompiledRuleset::containsCarryOver);
    }
    return false;
  }

  private Eval compile(ScoringMethod m, int slot) {
    if (m instanceof ScoringMethod.Bands b) {
      return new BandsEval(b);
    } else if (m instanceof ScoringMethod.Linear l) {
      return new LinearEval(l);
    } else if (m instanceof ScoringMethod.RatioToTarget r) {
      return new RatioEval(r, r.targetInput().map(slotOf::get).orElse(-1));
    } else if (m instanceof ScoringMethod.CountTimesPoints c) {
      return new CountEval(c);
    } else if (m instanceof ScoringMethod.DeductionPerOccurrence d) {
      return new DeductionEval(d);
    } else if (m instanceof ScoringMethod.YesNo y) {
      return new YesNoEval(y);
    } else if (m instanceof ScoringMethod.PeerGroupBands g) {
      PeerEval p = new PeerEval(g, peers.size(), slot, g.tieBreak().secondKey().map(slotOf::get).orElse(-1));
      peers.add(p);
      return p;
    } else if (m instanceof ScoringMethod.CarryOver c) {
      return new CarryOverEval(c);
    } else if (m instanceof ScoringMethod.Limited l) {
      return new LimitedEval(compile(l.inner(), slot), l.floor().orElse(null), l.cap().orElse(null));
    } else if (m instanceof ScoringMethod.Sum s) {
      return new SumEval(s.parts().stream().map(p -> compile(p, slot)).toArray(Eval[]::new));
    }
    throw new InvalidInputException("assessment.unknownMethod", "method", m.code());
  }

  private Cond compile(Condition c) {
    if (c instanceof Condition.Compare cmp) {
      Condition.Operand o = cmp.operand();
      if (o instanceof Condition.Operand.Total) {
        return new CompareCond(-1, -1, "total", cmp);
      } else if (o instanceof Condition.Operand.Score s) {
        return new CompareCond(nodeOf.get(s.indicator()), -1, s.indicator().value(), cmp);
      } else {
        IndicatorId in = ((Condition.Operand.Input) o).input();
        return new CompareCond(-1, slotOf.get(in), in.value(), cmp);
      }
    } else if (c instanceof Condition.EveryCategory e) {
      return new EveryCategoryCond(e);
    } else if (c instanceof Condition.AllOf all) {
      return new AllCond(all.conditions().stream().map(this::compile).toArray(Cond[]::new), true);
    } else if (c instanceof Condition.AnyOf any) {
      return new AllCond(any.conditions().stream().map(this::compile).toArray(Cond[]::new), false);
    } else {
      return new NotCond(compile(((Condition.Not) c).condition()));
    }
  }

  // ---------------------------------------------------------------- runtime state

  /** Per-evaluation state: inputs and group-level outcomes (peer-group bands). */
  static final class State {
    final TreeSnapshot tree;
    final int[] subjects;
    final long[][] in;
    final long[][] peerPoints;
    final int[][] peerPlace;
    final int[][] peerBand;
    final int[][] peerGroupSize;
    private final Map<OrgKind, int[]> groups = new HashMap<>();

    State(TreeSnapshot tree, int[] subjects, long[][] in, int peerCount) {
      this.tree = tree;
      this.subjects = subjects;
      this.in = in;
      peerPoints = new long[peerCount][];
      peerPlace = new int[peerCount][];
      peerBand = new int[peerCount][];
      peerGroupSize = new int[peerCount][];
    }

    /** For each subject position, the position of its nearest ancestor of {@code kind}, or -1. */
    synchronized int[] groupOf(OrgKind kind) {
      return groups.computeIfAbsent(kind, k -> {
        int[] g = new int[tree.size()];
        for (int pos : subjects) {
          int a = tree.parent(pos);
          while (a >= 0 && !tree.kind(a).equals(k)) {
            a = tree.parent(a);
          }
          g[pos] = a;
        }
        return g;
      });
    }
  }

  /** Points of every node, and totals, at an index {@code at} (a position, or 0 for one unit). */
  static final class Frame {
    final long[][] scores;
    final long[] total;

    Frame(int nodes, int size) {
      scores = new long[nodes][size];
      total = new long[size];
    }
  }

  // ---------------------------------------------------------------- method evaluators

  abstract static class Eval {
    /** The points for input {@code x} of the unit at {@code pos}; facts go to {@code t} if not null. */
    abstract long score(long x, int pos, State st, Trace t);
  }

  static final class BandsEval extends Eval {
    private final ScoringMethod.Band[] bands;
    private final long otherwise;

    BandsEval(ScoringMethod.Bands b) {
      bands = b.bands().toArray(new ScoringMethod.Band[0]);
      otherwise = b.otherwise();
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      for (int k = 0; k < bands.length; k++) {
        if (bands[k].contains(x)) {
          if (t != null) {
            ScoringMethod.Band b = bands[k];
            String range = b.lower().map(Bound::toString).orElse("(-∞") + ", "
                + b.upper().map(u -> Fixed.format(u.value()) + (u.boundary() == org.grassroots.rules.Boundary.INCLUSIVE ? "]" : ")")).orElse("+∞)");
            t.fact("assessment.trace.band", x, k + 1, range, b.label(), b.points());
          }
          return bands[k].points();
        }
      }
      if (t != null) {
        t.fact("assessment.trace.noBand", x, otherwise);
      }
      return otherwise;
    }
  }

  static final class LinearEval extends Eval {
    private final ScoringMethod.Linear m;

    LinearEval(ScoringMethod.Linear m) {
      this.m = m;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long p;
      if (x <= m.x0()) {
        p = m.y0();
      } else if (x >= m.x1()) {
        p = m.y1();
      } else {
        p = m.y0() + m.rounding().divide(Math.multiplyExact(x - m.x0(), m.y1() - m.y0()), m.x1() - m.x0());
      }
      if (t != null) {
        t.fact("assessment.trace.linear", x, m.x0(), m.y0(), m.x1(), m.y1(), m.rounding(), p);
      }
      return p;
    }
  }

  static final class RatioEval extends Eval {
    private final ScoringMethod.RatioToTarget m;
    private final int targetSlot;

    RatioEval(ScoringMethod.RatioToTarget m, int targetSlot) {
      this.m = m;
      this.targetSlot = targetSlot;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long target = targetSlot >= 0 ? st.in[targetSlot][pos] : m.target();
      if (target <= 0) {
        if (t != null) {
          t.fact("assessment.trace.noTarget", target, m.whenNoTarget());
        }
        return m.whenNoTarget();
      }
      long v = Math.max(0, x);
      long p;
      boolean capped = Math.multiplyExact(v, Fixed.ONE) > Math.multiplyExact(m.maxRatio(), target);
      if (capped) {
        p = m.rounding().divide(Math.multiplyExact(m.points(), m.maxRatio()), Fixed.ONE);
      } else {
        p = m.rounding().divide(Math.multiplyExact(m.points(), v), target);
      }
      if (t != null) {
        t.fact(capped ? "assessment.trace.ratioCapped" : "assessment.trace.ratio", v, target, m.points(),
            m.maxRatio(), m.rounding(), p);
      }
      return p;
    }
  }

  static final class CountEval extends Eval {
    private final ScoringMethod.CountTimesPoints m;

    CountEval(ScoringMethod.CountTimesPoints m) {
      this.m = m;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long raw = Fixed.multiply(Math.max(0, x), m.each(), m.rounding());
      long p = Math.min(raw, m.cap());
      if (t != null) {
        t.fact(raw > m.cap() ? "assessment.trace.countCapped" : "assessment.trace.count", x, m.each(), raw, m.cap(), p);
      }
      return p;
    }
  }

  static final class DeductionEval extends Eval {
    private final ScoringMethod.DeductionPerOccurrence m;

    DeductionEval(ScoringMethod.DeductionPerOccurrence m) {
      this.m = m;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long d = Fixed.multiply(Math.max(0, x), m.each(), m.rounding());
      long raw = m.start() - d;
      long p = Math.max(raw, m.floor());
      if (t != null) {
        t.fact(raw < m.floor() ? "assessment.trace.deductionFloored" : "assessment.trace.deduction",
            m.start(), x, m.each(), raw, m.floor(), p);
      }
      return p;
    }
  }

  static final class YesNoEval extends Eval {
    private final long yes;
    private final long no;

    YesNoEval(ScoringMethod.YesNo m) {
      yes = m.yes();
      no = m.no();
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long p = x != 0 ? yes : no;
      if (t != null) {
        t.fact(x != 0 ? "assessment.trace.yes" : "assessment.trace.no", p);
      }
      return p;
    }
  }

  static final class CarryOverEval extends Eval {
    private final ScoringMethod.CarryOver m;

    CarryOverEval(ScoringMethod.CarryOver m) {
      this.m = m;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long p = Fixed.multiply(x, m.share(), m.rounding());
      if (t != null) {
        t.fact("assessment.trace.carryOver", x, m.share(), m.rounding(), p);
      }
      return p;
    }
  }

  static final class LimitedEval extends Eval {
    private final Eval inner;
    private final Long floor;
    private final Long cap;

    LimitedEval(Eval inner, Long floor, Long cap) {
      this.inner = inner;
      this.floor = floor;
      this.cap = cap;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long raw = inner.score(x, pos, st, t);
      long v = raw;
      if (floor != null && v < floor) {
        v = floor;
        if (t != null) {
          t.fact("assessment.trace.floor", raw, floor);
        }
      }
      if (cap != null && v > cap) {
        if (t != null) {
          t.fact("assessment.trace.cap", v, cap);
        }
        v = cap;
      }
      return v;
    }
  }

  static final class SumEval extends Eval {
    private final Eval[] parts;

    SumEval(Eval[] parts) {
      this.parts = parts;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long s = 0;
      for (Eval p : parts) {
        s = Math.addExact(s, p.score(x, pos, st, t));
      }
      if (t != null) {
        t.fact("assessment.trace.sum", s);
      }
      return s;
    }
  }

  /** Bands by rank or percentile within a peer group: computed for all units before scoring. */
  static final class PeerEval extends Eval {
    private final ScoringMethod.PeerGroupBands m;
    private final int index;
    private final int slot;
    private final int secondSlot;

    PeerEval(ScoringMethod.PeerGroupBands m, int index, int slot, int secondSlot) {
      this.m = m;
      this.index = index;
      this.slot = slot;
      this.secondSlot = secondSlot;
    }

    void prepare(State st) {
      int n = st.tree.size();
      long[] keys = st.in[slot];
      long[] second = secondSlot >= 0 ? st.in[secondSlot] : null;
      int[] group = st.groupOf(m.groupKind());
      long[] points = new long[n];
      int[] place = new int[n];
      int[] band = new int[n];
      int[] size = new int[n];
      // by group, then best first within each group
      int[] order = byGroup(st.subjects, group, n);
      for (int from = 0; from < order.length; ) {
        int to = from;
        while (to < order.length && group[order[to]] == group[order[from]]) {
          to++;
        }
        Ranking.sort(st.tree, order, from, to, keys, m.higherIsBetter(), m.tieBreak(), second);
        int[] places = Ranking.placesInOrder(order, from, to, keys, m.tieBreak().mode());
        int groupSize = to - from;
        long[] cumulative = new long[m.bands().size()];
        long cumShare = 0;
        for (int k = 0; k < cumulative.length; k++) {
          cumShare += m.bands().get(k).share();
          cumulative[k] = m.basis() == ScoringMethod.Basis.PERCENTILE
              ? m.groupSizeRounding().divide(Math.multiplyExact(cumShare, (long) groupSize), Fixed.ONE)
              : Rounding.DOWN.divide(cumShare, Fixed.ONE);
        }
        for (int i = from; i < to; i++) {
          int pos = order[i];
          int pl = places[i - from];
          int b = -1;
          for (int k = 0; k < cumulative.length; k++) {
            if (pl <= cumulative[k]) {
              b = k;
              break;
            }
          }
          place[pos] = pl;
          band[pos] = b;
          size[pos] = groupSize;
          points[pos] = b < 0 ? m.otherwise() : m.bands().get(b).points();
        }
        from = to;
      }
      st.peerPoints[index] = points;
      st.peerPlace[index] = place;
      st.peerBand[index] = band;
      st.peerGroupSize[index] = size;
    }

    @Override
    long score(long x, int pos, State st, Trace t) {
      long p = st.peerPoints[index][pos];
      if (t != null) {
        int b = st.peerBand[index][pos];
        int[] group = st.groupOf(m.groupKind());
        String groupName = group[pos] < 0 ? "-" : st.tree.id(group[pos]).value();
        t.fact(b < 0 ? "assessment.trace.peerNone" : "assessment.trace.peer", x, groupName,
            st.peerPlace[index][pos], st.peerGroupSize[index][pos], m.tieBreak().mode(),
            b < 0 ? "" : Integer.toString(b + 1), p,
            b < 0 || m.bands().get(b).label().isEmpty() ? "" : " " + m.bands().get(b).label());
      }
      return p;
    }
  }

  // ---------------------------------------------------------------- conditions

  abstract static class Cond {
    abstract boolean test(int pos, int at, State st, Frame f, Trace t);
  }

  static final class CompareCond extends Cond {
    private final int node;
    private final int slot;
    private final String what;
    private final Condition.Compare c;

    CompareCond(int node, int slot, String what, Condition.Compare c) {
      this.node = node;
      this.slot = slot;
      this.what = what;
      this.c = c;
    }

    @Override
    boolean test(int pos, int at, State st, Frame f, Trace t) {
      long v = node >= 0 ? f.scores[node][at] : slot >= 0 ? st.in[slot][pos] : f.total[at];
      boolean r = c.comparison().test(v, c.value());
      if (t != null) {
        t.fact("assessment.trace.compare", what, v, c.comparison().symbol(), c.value(), yes(r));
      }
      return r;
    }
  }

  final class EveryCategoryCond extends Cond {
    private final Condition.EveryCategory c;

    EveryCategoryCond(Condition.EveryCategory c) {
      this.c = c;
    }

    @Override
    boolean test(int pos, int at, State st, Frame f, Trace t) {
      boolean all = true;
      for (int top : children[0]) {
        long v = f.scores[top][at];
        boolean r = c.comparison().test(v, c.value());
        if (t != null) {
          t.fact("assessment.trace.compare", node[top].id().value(), v, c.comparison().symbol(), c.value(), yes(r));
        } else if (!r) {
          return false;
        }
        all &= r;
      }
      return all;
    }
  }

  static final class AllCond extends Cond {
    private final Cond[] parts;
    private final boolean all;

    AllCond(Cond[] parts, boolean all) {
      this.parts = parts;
      this.all = all;
    }

    @Override
    boolean test(int pos, int at, State st, Frame f, Trace t) {
      boolean r = all;
      for (Cond p : parts) {
        boolean v = p.test(pos, at, st, f, t);
        if (all && !v) {
          r = false;
          if (t == null) {
            return false;
          }
        } else if (!all && v) {
          r = true;
          if (t == null) {
            return true;
          }
        }
      }
      return r;
    }
  }

  static final class NotCond extends Cond {
    private final Cond inner;

    NotCond(Cond inner) {
      this.inner = inner;
    }

    @Override
    boolean test(int pos, int at, State st, Frame f, Trace t) {
      boolean r = !inner.test(pos, at, st, f, t);
      if (t != null) {
        t.fact("assessment.trace.not", yes(r));
      }
      return r;
    }
  }
}
