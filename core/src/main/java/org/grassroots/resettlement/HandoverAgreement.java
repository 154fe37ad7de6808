package org.grassroots.resettlement;

import java.time.LocalDate;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * A household's signed resettlement handover agreement (返迁交房协议) for a project. A household may
 * sign again (a corrected agreement); it still counts once.
 *
 * @param household the household's id (identifier syntax; no personal data)
 * @param project the resettlement project, as named in the temporary branch's mandate
 * @param signed the day it was signed
 */
public record HandoverAgreement(String household, String project, LocalDate signed) {
  public HandoverAgreement {
    Identifiers.check("handoverAgreement.household", household);
    project = Check.notBlank("handoverAgreement.project", project);
    Check.maxLength("handoverAgreement.project", project, 200);
    Check.notNull("handoverAgreement.signed", signed);
  }
}
