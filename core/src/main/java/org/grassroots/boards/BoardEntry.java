package org.grassroots.boards;

import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;

/**
 * A cadre's entry on a board for a period (上榜记录). Made by {@link Board#enter}, which checks the
 * category; the score is positive on both boards, and the {@link RankingPolicy} declares how an
 * improvement-board score counts against the cadre.
 *
 * @param id the entry's id
 * @param board the board's code
 * @param kind the board's kind
 * @param category the category's code on that board
 * @param cadre the cadre listed
 * @param period the period the entry belongs to
 * @param score the score, fixed point ({@link Fixed}), positive
 * @param reason why the cadre is listed, at most 200 characters
 */
public record BoardEntry(
    BoardEntryId id, String board, BoardKind kind, String category, CadreId cadre, Period period,
    long score, String reason) {
  public BoardEntry {
    Check.notNull("boardEntry.id", id);
    Identifiers.check("boardEntry.board", board);
    Check.notNull("boardEntry.kind", kind);
    Identifiers.check("boardEntry.category", category);
    Check.notNull("boardEntry.cadre", cadre);
    Check.notNull("boardEntry.period", period);
    Check.that(score > 0, "boards.scoreNotPositive", "boardEntry.score", Fixed.format(score));
    reason = Check.notBlank("boardEntry.reason", reason);
    Check.maxLength("boardEntry.reason", reason, 200);
  }
}
