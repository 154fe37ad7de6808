package org.grassroots.boards;

import java.time.LocalDate;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;

/**
 * A cadre promoted (提拔任用) on the strength of a period's boards.
 *
 * @param cadre the cadre promoted
 * @param on the day of the appointment
 * @param basis the period whose ranking recommended the cadre
 */
public record Promotion(CadreId cadre, LocalDate on, Period basis) {
  public Promotion {
    Check.notNull("promotion.cadre", cadre);
    Check.notNull("promotion.on", on);
    Check.notNull("promotion.basis", basis);
  }
}
