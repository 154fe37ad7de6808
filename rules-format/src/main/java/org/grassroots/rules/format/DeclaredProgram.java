package org.grassroots.rules.format;

import java.time.LocalDate;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.stars.Publicity;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarRatings;

/**
 * A program built from its files ({@link ProgramFiles#load}): the effective declaration (its
 * {@code extends} chain applied), the ruleset of its designations (a graded scheme's levels in
 * place of the ruleset's grades) and the program, ready to register in a scenario setup.
 *
 * @param declaration the effective declaration
 * @param rules the ruleset whose grades are the program's designations
 * @param program the program: {@link org.grassroots.stars.StarProgram} for stars, {@link
 *     org.grassroots.communitytypes.TypesProgram} for community types
 */
public record DeclaredProgram(ProgramDeclaration declaration, Ruleset rules, DesignationProgram<?> program) {
  public DeclaredProgram {
    Check.notNull("declaredProgram.declaration", declaration);
    Check.notNull("declaredProgram.rules", rules);
    Check.notNull("declaredProgram.program", program);
  }

  /**
   * An empty star book of {@code district} that withdraws a held star (摘星) after the declared
   * number of consecutive failed periods (one when not declared); a veto withdraws it at once.
   */
  public StarBook starBook(DistrictId district) {
    return StarBook.empty(district, declaration.periods().withdrawAfterFailedPeriods().orElse(1));
  }

  /**
   * {@code book} moved on by one period's {@code ratings} as the file declares: step by step
   * ({@code levelsPerPeriod}, 逐级晋升 / 降级) when it declares a step, else every change at once.
   */
  public StarBook advance(StarBook book, StarRatings ratings, Change change, LocalDate proposedOn) {
    Check.notNull("book", book);
    return declaration.periods().levelsPerPeriod().isPresent()
        ? book.advanceStepwise(ratings, change, proposedOn, declaration.periods().levelsPerPeriod().getAsInt())
        : book.advance(ratings, change, proposedOn);
  }

  /**
   * {@code book}'s change {@code sequence} moved on to {@code to} on {@code on} within the declared
   * publicity period (公示期, {@code publicityDays}): confirmed no earlier, objected to no later.
   */
  public StarBook publicity(StarBook book, long sequence, Publicity.Status to, LocalDate on, Change change) {
    Check.notNull("book", book);
    return book.publicity(sequence, to, on, change, declaration.periods().publicityDays().orElse(0));
  }

  /**
   * {@code book} as of {@code today}: every change not objected to whose declared publicity period
   * ({@code publicityDays}) has ended is confirmed on the day it ended (公示期满无异议的，予以确认); with
   * no period declared nothing lapses.
   */
  public StarBook confirmLapsed(StarBook book, LocalDate today, Change change) {
    Check.notNull("book", book);
    return book.confirmLapsed(today, declaration.periods().publicityDays().orElse(0), change);
  }
}
