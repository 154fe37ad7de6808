package org.grassroots.scenarios.programs;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.assessment.Designations;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;

/**
 * The outcome of a {@link DesignationProgram} on one period's inputs (称号评定结果): which unit holds
 * which designation, how many units hold each, how many hold 0, 1, … of them (the level, 星级), and
 * who gains or loses what against a baseline — the same for every program of designations. A
 * subclass gives the figures ({@link #figures()}), from the {@link #countFigures standard ones} and
 * its own (money, a demonstration count). Read-only.
 */
public abstract class DesignationOutcome implements ProgramOutcome {
  private final String program;
  private final Designations.Result result;
  private final List<Grade> designations;
  private final Holdings holdings;
  private final int[] counts;
  private final int[] levels;

  /**
   * @param program the program's name
   * @param result its designations evaluated for the period
   */
  protected DesignationOutcome(String program, Designations.Result result) {
    this.program = Check.notBlank("outcome.program", program);
    this.result = Check.notNull("outcome.result", result);
    this.designations = result.designations().designations();
    List<org.grassroots.assessment.Assessment> each = new ArrayList<>();
    for (int d = 0; d < designations.size(); d++) {
      each.add(result.assessment(d));
    }
    this.holdings = Holdings.of(each);
    this.counts = new int[designations.size()];
    for (int d = 0; d < counts.length; d++) {
      counts[d] = holdings.count(d);
    }
    this.levels = new int[designations.size() + 1];
    for (int l : holdings.levels()) {
      levels[l]++;
    }
  }

  @Override
  public final String program() {
    return program;
  }

  /** The designations evaluated, with every unit's explanation. */
  public final Designations.Result designationResult() {
    return result;
  }

  /** The designations, in the ruleset's order. */
  public final List<Grade> designations() {
    return designations;
  }

  /** How many units hold each designation, in the ruleset's order. */
  public final List<Integer> counts() {
    return ImmutableList.copyOf(Ints.asList(counts));
  }

  /** How many units hold 0, 1, … all the designations (index = level, 星级). */
  public final List<Integer> levels() {
    return ImmutableList.copyOf(Ints.asList(levels));
  }

  /** Every designation held by every unit. */
  public final long totalHeld() {
    long n = 0;
    for (int c : counts) {
      n += c;
    }
    return n;
  }

  /** The figure {@code program.total}: every designation held by every unit. */
  protected final Figure totalFigure() {
    return Figure.count(program + ".total", totalHeld(), Label.of("program.total"));
  }

  /** The figure {@code program.count[ID]}: how many units hold designation {@code d}. */
  protected final Figure countFigure(int d) {
    Grade g = designations.get(d);
    return Figure.count(program + ".count[" + g.id().value() + "]", counts[d],
        Label.of("program.holders", g.name()));
  }

  /** The figures {@code program.count[ID]} of every designation, then {@code program.level[k]} when asked. */
  protected final void countFigures(ImmutableList.Builder<Figure> out, boolean withLevels) {
    for (int d = 0; d < designations.size(); d++) {
      out.add(countFigure(d));
    }
    if (withLevels) {
      for (int l = 0; l < levels.length; l++) {
        out.add(Figure.count(program + ".level[" + l + "]", levels[l],
            Label.of("program.level", Integer.toString(l))));
      }
    }
  }

  /** {@code program.total} (the unit's level) and {@code program.count[ID]} of every designation. */
  @Override
  public List<Figure> unitFigures() {
    ImmutableList.Builder<Figure> out = ImmutableList.builder();
    out.add(totalFigure());
    for (int d = 0; d < designations.size(); d++) {
      out.add(countFigure(d));
    }
    return out.build();
  }

  @Override
  public void unitValues(int position, long[] out, int from) {
    int level = 0;
    for (int d = 0; d < designations.size(); d++) {
      boolean held = result.assessment(d).gradeIndex(position) == 0;
      out[from + 1 + d] = held ? 1 : 0;
      level += held ? 1 : 0;
    }
    out[from] = level;
  }

  @Override
  public final ProgramDifferences differencesFrom(ProgramOutcome baseline) {
    Check.notNull("baseline", baseline);
    if (!(baseline instanceof DesignationOutcome b) || !b.program.equals(program)) {
      throw new InvalidInputException("scenario.otherProgram", "baseline", program, baseline.program());
    }
    List<ProgramDifferences.Flip> flips = new ArrayList<>();
    for (Holdings.Change c : holdings.changesFrom(b.holdings)) {
      Grade g = designations.get(c.designation());
      flips.add(new ProgramDifferences.Flip(c.unit(), g.id(), g.name(), c.gains(), c.levelBefore(), c.levelAfter()));
    }
    return new ProgramDifferences(program, flips, b.figures(), figures());
  }
}
