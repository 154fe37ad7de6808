package org.grassroots.boards;

import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * The result of one gate for one cadre (前提审核结果).
 *
 * @param cadre the cadre checked
 * @param gate the gate's code
 * @param passed whether the cadre passed
 */
public record GateCheck(CadreId cadre, String gate, boolean passed) {
  public GateCheck {
    Check.notNull("gateCheck.cadre", cadre);
    Identifiers.check("gateCheck.gate", gate);
  }
}
