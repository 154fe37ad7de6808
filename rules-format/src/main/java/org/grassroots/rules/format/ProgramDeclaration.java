package org.grassroots.rules.format;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.grassroots.input.Check;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarReward;

/**
 * A program as a file declares it (项目文件): what kind of program it is, the ruleset file whose
 * rules are its criteria (conditions on categories, sub-items, inputs and the total; gates; vetoes
 * — the same rules and evaluation as assessments), and what it adds: graded levels, the reward per
 * star and its budget, the demonstration designation of community types, and how held stars are
 * withdrawn across periods. A file that {@link #parent extends} another holds only what it changes
 * (a district's override of a city scheme): every part it declares replaces the parent's. Made by
 * {@link #builder}, and derived from another only by {@link #toBuilder} (as {@link #over} does).
 *
 * @param id the file's id (项目标识), named by a child's {@code extends}
 * @param parent the path of the file this one overrides, relative to this file
 * @param name the program's name in scenarios (the first segment of its paths and figures)
 * @param kind what kind of program
 * @param title what the program is called (e.g. 云冈区“五星联创”)
 * @param rules the path of the ruleset file of the criteria, relative to this file
 * @param criteria criteria declared in the program file itself, over the ruleset's indicators and inputs
 * @param levels a graded scheme's levels, lowest first; when declared they replace the ruleset's
 *     grades (level k is held from its bound up, and with its own gates)
 * @param reward the reward per star or per level and its budget (stars only)
 * @param demonstration the grade that is the demonstration designation (types only)
 * @param periods how stars are gained and lost across periods (stars only)
 */
public record ProgramDeclaration(String id, Optional<String> parent, Optional<String> name, Optional<Kind> kind,
    Optional<String> title, Optional<String> rules, Optional<Criteria> criteria, Optional<List<Level>> levels,
    Optional<Reward> reward, Optional<RuleId> demonstration, Periods periods) {
  public ProgramDeclaration {
    Check.notBlank("program.id", id);
    Check.notNull("program.parent", parent);
    Check.notNull("program.name", name);
    Check.notNull("program.kind", kind);
    Check.notNull("program.title", title);
    Check.notNull("program.rules", rules);
    Check.notNull("program.criteria", criteria);
    levels = Check.notNull("program.levels", levels).map(ImmutableList::copyOf);
    Check.notNull("program.reward", reward);
    Check.notNull("program.demonstration", demonstration);
    Check.notNull("program.periods", periods);
  }

  /**
   * Criteria declared inline (内嵌评定标准), in the ruleset file format's own terms: vetoes, gates
   * (conditions on categories, sub-items, inputs and the total) and grades (the named stars or the
   * types, each with its gates). They are compiled into the ruleset of {@link #rules} — gates and
   * vetoes added (one with an id the ruleset has replaces it), grades, when declared, replacing the
   * ruleset's — and evaluated by the one engine, as if the ruleset file had declared them.
   *
   * @param vetoes vetoes added to the ruleset's
   * @param gates gates added to the ruleset's
   * @param grades the designations; empty: the ruleset's grades
   */
  public record Criteria(List<Veto> vetoes, List<Gate> gates, List<Grade> grades) {
    public Criteria {
      vetoes = ImmutableList.copyOf(Check.notNull("criteria.vetoes", vetoes));
      gates = ImmutableList.copyOf(Check.notNull("criteria.gates", gates));
      grades = ImmutableList.copyOf(Check.notNull("criteria.grades", grades));
    }

    /** {@code ruleset} with these criteria compiled in. */
    public Ruleset applyTo(Ruleset ruleset) {
      Check.notNull("ruleset", ruleset);
      return ruleset.withRules(merged(ruleset.vetoes(), vetoes, Veto::id), merged(ruleset.gates(), gates, Gate::id),
          grades.isEmpty() ? ruleset.grades() : grades, ruleset.quotas());
    }

    private static <T> List<T> merged(List<T> base, List<T> added, java.util.function.Function<T, RuleId> id) {
      java.util.Map<RuleId, T> out = new java.util.LinkedHashMap<>();
      base.forEach(x -> out.put(id.apply(x), x));
      added.forEach(x -> out.put(id.apply(x), x));
      return List.copyOf(out.values());
    }
  }

  /** The kinds of program a file declares (项目种类). */
  public enum Kind {
    /** Stars (五星联创, 星级评定): each grade of the ruleset, or each level, is a star. */
    STARS,
    /** Community types (六型社区): each grade is a type; one is the demonstration designation. */
    TYPES
  }

  /**
   * A level of a graded scheme (星级): held when the total is within its bound and its gates hold.
   *
   * @param name its name, e.g. 三星
   * @param from the least total, with its boundary
   * @param gates gates of the ruleset this level needs as well (a condition beyond the score)
   */
  public record Level(String name, Bound from, List<RuleId> gates) {
    public Level {
      Check.notBlank("level.name", name);
      Check.notNull("level.from", from);
      gates = ImmutableList.copyOf(Check.notNull("level.gates", gates));
    }
  }

  /**
   * The reward (奖励): an amount per star held or an amount per level of a graded scheme, exact in
   * fen, and optionally a budget with the policy that applies when it is short.
   *
   * @param amount the reward per star (每星奖励) or per level (按星级奖励, one amount per level)
   * @param budget the budget and its shortfall policy; empty: everyone is paid what is due
   */
  public record Reward(StarReward amount, Optional<RewardPolicy> budget) {
    public Reward {
      Check.notNull("reward.amount", amount);
      Check.notNull("reward.budget", budget);
    }

    /** {@code perStar} for each star held. */
    public Reward(Money perStar, Optional<RewardPolicy> budget) {
      this(StarReward.perStar(Check.notNull("reward.perStar", perStar)), budget);
    }

    /**
     * The reward per star.
     *
     * @throws org.grassroots.input.InvalidInputException when the reward is per level
     */
    public Money perStar() {
      if (amount instanceof StarReward.PerStar p) {
        return p.amount();
      }
      throw new org.grassroots.input.InvalidInputException("stars.notPerStar", "reward.perStar", "perLevel");
    }
  }

  /**
   * How stars are gained and lost across periods (动态管理), each part empty when not declared.
   *
   * @param withdrawAfterFailedPeriods 摘星: how many consecutive failed periods take a held star away
   *     (a veto takes it away at once); not declared: one
   * @param levelsPerPeriod 逐级晋升 / 降级: at most this many stars gained, and lost after failed
   *     periods, per unit and period; not declared: no limit
   * @param publicityDays 公示期: a publicised change is confirmed no earlier, and objected to no later,
   *     than this many days after it was publicised; not declared: no period
   */
  public record Periods(OptionalInt withdrawAfterFailedPeriods, OptionalInt levelsPerPeriod, OptionalInt publicityDays) {
    /** Nothing declared. */
    public static final Periods NONE = new Periods(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

    public Periods {
      Check.notNull("periods.withdrawAfterFailedPeriods", withdrawAfterFailedPeriods);
      withdrawAfterFailedPeriods.ifPresent(n -> Check.atLeast("periods.withdrawAfterFailedPeriods", n, 1));
      Check.notNull("periods.levelsPerPeriod", levelsPerPeriod);
      levelsPerPeriod.ifPresent(n -> Check.atLeast("periods.levelsPerPeriod", n, 1));
      Check.notNull("periods.publicityDays", publicityDays);
      publicityDays.ifPresent(n -> Check.atLeast("periods.publicityDays", n, 1));
    }

    /** True when nothing is declared. */
    public boolean isEmpty() {
      return equals(NONE);
    }

    /** These over {@code parent}'s: each part declared here replaces the parent's. */
    public Periods over(Periods parent) {
      return new Periods(or(withdrawAfterFailedPeriods, parent.withdrawAfterFailedPeriods),
          or(levelsPerPeriod, parent.levelsPerPeriod), or(publicityDays, parent.publicityDays));
    }

    private static OptionalInt or(OptionalInt a, OptionalInt b) {
      return a.isPresent() ? a : b;
    }
  }

  /** The default tie ordering of a by-rank budget (by unit id). */
  static final TieBreak.RankMode DEFAULT_TIES = TieBreak.RankMode.ORDINAL;

  /**
   * This declaration over {@code parent}'s: each part this one declares replaces the parent's; the
   * id and the parent link are this one's.
   */
  public ProgramDeclaration over(ProgramDeclaration parent) {
    Check.notNull("parent", parent);
    return toBuilder().name(name.or(parent::name)).kind(kind.or(parent::kind)).title(title.or(parent::title))
        .rules(rules.or(parent::rules)).criteria(criteria.or(parent::criteria)).levels(levels.or(parent::levels)).reward(reward.or(parent::reward))
        .demonstration(demonstration.or(parent::demonstration)).periods(periods.over(parent.periods)).build();
  }

  /** A builder of the declaration with id {@code id}; every other part starts not declared. */
  public static Builder builder(String id) {
    return new Builder(Check.notBlank("program.id", id));
  }

  /** A builder starting from this declaration (e.g. a district's override of it); every part is copied. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.parent = parent;
    b.name = name;
    b.kind = kind;
    b.title = title;
    b.rules = rules;
    b.criteria = criteria;
    b.levels = levels;
    b.reward = reward;
    b.demonstration = demonstration;
    b.periods = periods;
    return b;
  }

  /**
   * Builds a {@link ProgramDeclaration}: each setter declares one part, each {@code Optional} setter
   * declares it or (empty) leaves it to the parent; validation happens in {@link #build()}.
   */
  public static final class Builder {
    private String id;
    private Optional<String> parent = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<Kind> kind = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> rules = Optional.empty();
    private Optional<Criteria> criteria = Optional.empty();
    private Optional<List<Level>> levels = Optional.empty();
    private Optional<Reward> reward = Optional.empty();
    private Optional<RuleId> demonstration = Optional.empty();
    private Periods periods = Periods.NONE;

    private Builder(String id) {
      this.id = id;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** The file this one overrides ({@code extends}), relative to this file. */
    public Builder parent(String value) {
      return parent(Optional.of(value));
    }

    public Builder parent(Optional<String> value) {
      this.parent = value;
      return this;
    }

    public Builder name(String value) {
      return name(Optional.of(value));
    }

    public Builder name(Optional<String> value) {
      this.name = value;
      return this;
    }

    public Builder kind(Kind value) {
      return kind(Optional.of(value));
    }

    public Builder kind(Optional<Kind> value) {
      this.kind = value;
      return this;
    }

    public Builder title(String value) {
      return title(Optional.of(value));
    }

    public Builder title(Optional<String> value) {
      this.title = value;
      return this;
    }

    /** The ruleset file of the criteria, relative to this file. */
    public Builder rules(String value) {
      return rules(Optional.of(value));
    }

    public Builder rules(Optional<String> value) {
      this.rules = value;
      return this;
    }

    /** Criteria declared in the file itself. */
    public Builder criteria(Criteria value) {
      return criteria(Optional.of(value));
    }

    public Builder criteria(Optional<Criteria> value) {
      this.criteria = value;
      return this;
    }

    public Builder levels(List<Level> value) {
      return levels(Optional.of(value));
    }

    public Builder levels(Optional<List<Level>> value) {
      this.levels = value;
      return this;
    }

    public Builder reward(Reward value) {
      return reward(Optional.of(value));
    }

    public Builder reward(Optional<Reward> value) {
      this.reward = value;
      return this;
    }

    public Builder demonstration(RuleId value) {
      return demonstration(Optional.of(value));
    }

    public Builder demonstration(Optional<RuleId> value) {
      this.demonstration = value;
      return this;
    }

    public Builder periods(Periods value) {
      this.periods = value;
      return this;
    }

    /** The declaration; refuses a blank id or a missing part with the field named. */
    public ProgramDeclaration build() {
      return new ProgramDeclaration(id, parent, name, kind, title, rules, criteria, levels, reward, demonstration,
          periods);
    }
  }
}
