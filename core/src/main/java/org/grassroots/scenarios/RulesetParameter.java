package org.grassroots.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;

/**
 * A number of the ruleset addressed by a path (规则参数). The paths are those of the validator's
 * errors:
 *
 * <ul>
 *   <li>{@code totalCap}
 *   <li>{@code grades[ID].minTotal} (keeps the boundary, inclusive or exclusive)
 *   <li>{@code quotas[ID].share} (fixed point, 0.2 = 20%), {@code quotas[ID].count}
 *   <li>{@code indicators[ID].points}, {@code .weight}, {@code .cap}, {@code .floor} (any node of
 *       the tree)
 *   <li>{@code indicators[ID].method.bands[i].points} (a sub-item scored by bands)
 *   <li>{@code gates[ID].condition.value}, {@code gates[ID].condition.allOf[i].value}, … (the
 *       value a comparison of a gate's condition compares with, reached through {@code allOf[i]},
 *       {@code anyOf[i]} and {@code not}; e.g. a named star's category bar, 门槛值): of a comparison,
 *       of "every category" and of a periodic condition (每月至少 n 次)
 * </ul>
 *
 * <p>Applying one builds a new ruleset by its builder; the given ruleset is never changed.
 */
public final class RulesetParameter implements Parameter {
  private static final Pattern GATE_PATH = Pattern.compile(
      "gates\\[([^\\]]+)\\]\\.condition((?:\\.(?:allOf|anyOf)\\[\\d{1,3}\\]|\\.not){0,16})\\.value");
  private static final Pattern PATH = Pattern.compile(
      "totalCap|(grades|quotas|indicators)\\[([^\\]]+)\\]\\.(minTotal|share|count|points|weight|cap|floor"
          + "|method\\.bands\\[(\\d{1,4})\\]\\.points)");

  private final String path;
  private final String list;
  private final String id;
  private final String field;
  private final int band;

  private RulesetParameter(String path, String list, String id, String field, int band) {
    this.path = path;
    this.list = list;
    this.id = id;
    this.field = field;
    this.band = band;
  }

  /**
   * The parameter at {@code path}.
   *
   * @throws InvalidInputException when the path is not one of the forms above
   */
  public static RulesetParameter parse(String path) {
    Check.notBlank("parameter.path", path);
    Matcher gate = GATE_PATH.matcher(path.strip());
    if (gate.matches()) {
      return new RulesetParameter(path.strip(), "gates", gate.group(1), gate.group(2), -1);
    }
    Matcher m = PATH.matcher(path.strip());
    Check.that(m.matches(), "scenario.unknownPath", "parameter.path", path);
    if (m.group(1) == null) {
      return new RulesetParameter(path.strip(), "", "", "totalCap", -1);
    }
    String list = m.group(1);
    String field = m.group(3);
    boolean fits = switch (list) {
      case "grades" -> field.equals("minTotal");
      case "quotas" -> field.equals("share") || field.equals("count");
      default -> !field.equals("minTotal") && !field.equals("share") && !field.equals("count");
    };
    Check.that(fits, "scenario.unknownPath", "parameter.path", path);
    int band = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
    return new RulesetParameter(path.strip(), list, m.group(2), band >= 0 ? "band" : field, band);
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public long read(Setup setup) {
    Check.notNull("setup", setup);
    return read(setup.ruleset());
  }

  /** The parameter's value in {@code r} (e.g. a program's own ruleset, such as a star scheme's). */
  public long read(Ruleset r) {
    Check.notNull("ruleset", r);
    switch (list) {
      case "gates" -> {
        return ConditionLens.of(gate(r).condition(), field).orElseThrow(this::missing).value();
      }
      case "" -> {
        return r.totalCap().orElseThrow(this::missing);
      }
      case "grades" -> {
        return grade(r).minTotal().orElseThrow(this::missing).value();
      }
      case "quotas" -> {
        Quota q = quota(r);
        return field.equals("share") ? fixedShare(q.maxShare().orElseThrow(this::missing))
            : q.maxCount().orElseThrow(this::missing);
      }
      default -> {
        Indicator n = indicator(r);
        return switch (field) {
          case "points" -> n.points();
          case "weight" -> n.weight();
          case "cap" -> n.cap().orElseThrow(this::missing);
          case "floor" -> n.floor().orElseThrow(this::missing);
          default -> bands(n).bands().get(bandIndex(bands(n))).points();
        };
      }
    }
  }

  @Override
  public Setup apply(Setup setup, long value) {
    Check.notNull("setup", setup);
    return setup.withRuleset(apply(setup.ruleset(), value));
  }

  /** A copy of {@code r} with the parameter set to {@code value}; {@code r} is unchanged. */
  public Ruleset apply(Ruleset r, long value) {
    Check.notNull("ruleset", r);
    Ruleset.Builder b = r.toBuilder();
    Ruleset out;
    switch (list) {
      case "gates" -> {
        Gate g = gate(r);
        Condition condition = ConditionLens.of(g.condition(), field).orElseThrow(this::missing).with().apply(value);
        Gate changed = new Gate(g.id(), g.name(), condition);
        List<Gate> gates = new ArrayList<>();
        r.gates().forEach(x -> gates.add(x.id().equals(g.id()) ? changed : x));
        out = b.gates(gates).build();
      }
      case "" -> {
        Check.atLeast(path, value, 0);
        out = b.totalCap(value).build();
      }
      case "grades" -> {
        Grade g = grade(r);
        Bound old = g.minTotal().orElseThrow(this::missing);
        Grade changed = new Grade(g.id(), g.name(), Optional.of(new Bound(value, old.boundary())), g.gates());
        out = rebuild(r, changed, null, UnaryOperator.identity());
      }
      case "quotas" -> {
        Quota q = quota(r);
        Check.atLeast(path, value, 0);
        // a share set to the value read from it stays as written (an exact 1/3 is not made 0.3333)
        Quota changed = field.equals("share")
            ? (q.maxShare().isPresent() && fixedShare(q.maxShare().get()) == value ? q
                : q.withShare(Fraction.ofShare(value)))
            : new Quota(q.id(), q.grade(), q.groupKind(), q.maxShare(),
                Optional.of((int) Check.between(path, value, 0, Integer.MAX_VALUE)), q.rounding(), q.tieBreak(),
                q.counting(), q.base(), q.enforcement());
        out = rebuild(r, null, changed, UnaryOperator.identity());
      }
      default -> {
        indicator(r);
        out = rebuild(r, null, null, n -> n.id().value().equals(id) ? change(n, value) : n);
      }
    }
    return out;
  }

  /** A quota's share in fixed point: exact for a decimal share, the nearest (half even) for 1/3 and the like. */
  private static long fixedShare(Fraction share) {
    return share.denominator() == Fixed.ONE ? share.numerator()
        : Rounding.HALF_EVEN.divide(Math.multiplyExact(share.numerator(), Fixed.ONE), share.denominator());
  }

  @Override
  public org.grassroots.scenarios.programs.FigureKind kind() {
    return field.equals("count") ? org.grassroots.scenarios.programs.FigureKind.COUNT
        : org.grassroots.scenarios.programs.FigureKind.FIXED;
  }

  @Override
  public String format(long value) {
    return kind().format(value);
  }

  private Gate gate(Ruleset r) {
    return r.gates().stream().filter(g -> g.id().value().equals(id)).findFirst().orElseThrow(this::missing);
  }

  private Indicator change(Indicator n, long value) {
    return switch (field) {
      case "points" -> n.withPoints(value);
      case "weight" -> n.withWeight(value);
      case "cap" -> n.withCap(value);
      case "floor" -> n.withFloor(value);
      default -> {
        ScoringMethod.Bands m = bands(n);
        int i = bandIndex(m);
        List<ScoringMethod.Band> bs = new ArrayList<>(m.bands());
        ScoringMethod.Band o = bs.get(i);
        bs.set(i, new ScoringMethod.Band(o.lower(), o.upper(), value, o.label()));
        yield n.withMethod(new ScoringMethod.Bands(bs, m.otherwise()));
      }
    };
  }

  /** A copy of {@code r} with one grade, one quota or the indicators replaced; every other field kept by {@link Ruleset#toBuilder}. */
  private static Ruleset rebuild(Ruleset r, Grade grade, Quota quota, UnaryOperator<Indicator> nodes) {
    return r.toBuilder()
        .indicators(r.indicators().stream().map(i -> map(i, nodes)).toList())
        .grades(r.grades().stream().map(g -> grade != null && g.id().equals(grade.id()) ? grade : g).toList())
        .quotas(r.quotas().stream().map(q -> quota != null && q.id().equals(quota.id()) ? quota : q).toList())
        .build();
  }

  private static Indicator map(Indicator n, UnaryOperator<Indicator> f) {
    Indicator m = f.apply(n);
    if (m.children().isEmpty()) {
      return m;
    }
    List<Indicator> kids = new ArrayList<>();
    m.children().forEach(c -> kids.add(map(c, f)));
    return m.withChildren(kids);
  }

  private Grade grade(Ruleset r) {
    return r.grades().stream().filter(g -> g.id().value().equals(id)).findFirst().orElseThrow(this::missing);
  }

  private Quota quota(Ruleset r) {
    return r.quotas().stream().filter(q -> q.id().value().equals(id)).findFirst().orElseThrow(this::missing);
  }

  private Indicator indicator(Ruleset r) {
    Indicator[] found = new Indicator[1];
    r.indicators().forEach(top -> top.forEach(n -> {
      if (n.id().value().equals(id)) {
        found[0] = n;
      }
    }));
    if (found[0] == null) {
      throw missing();
    }
    return found[0];
  }

  private ScoringMethod.Bands bands(Indicator n) {
    if (n.method().orElse(null) instanceof ScoringMethod.Bands b) {
      return b;
    }
    throw missing();
  }

  private int bandIndex(ScoringMethod.Bands b) {
    if (band >= b.bands().size()) {
      throw missing();
    }
    return band;
  }

  private InvalidInputException missing() {
    return new InvalidInputException("scenario.noSuchParameter", "parameter.path", path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RulesetParameter p && p.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
