package org.grassroots.alliance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import org.grassroots.input.Check;

/**
 * The rotating convener schedule of an alliance (轮流牵头): member units take turns in a declared
 * order, one turn per {@code turn} (e.g. a month), starting on {@code start}. A unit that is not a
 * member on the day of its turn is skipped.
 *
 * @param order unit ids in turn order
 * @param start the first day of the first turn
 * @param turn the length of one turn (positive)
 */
public record ConvenerRotation(ImmutableList<String> order, LocalDate start, Period turn) {
  public ConvenerRotation {
    Check.notEmpty("rotation.order", order);
    Check.notNull("rotation.start", start);
    Check.notNull("rotation.turn", turn);
    Check.that(!turn.isNegative() && !turn.isZero(), "input.tooSmall", "rotation.turn", turn, "P1D");
  }
}
