package org.grassroots.hierarchy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * The input form for establishing a unit (组织单位登记表), as an integrator binds it from an HTTP
 * request: plain fields with Bean Validation constraints, so a host's validator (Spring MVC,
 * Jakarta REST) reports field errors before the domain is asked. {@link #toOrgUnit} then builds
 * the domain value, whose own checks stay authoritative: a form that passes its annotations can
 * still be refused (a unit named as its own parent, say) with an {@code InvalidInputException}.
 *
 * @param id the new unit's id
 * @param kind its kind code, e.g. {@code compound-branch}
 * @param name its name
 * @param parentId the unit it sits under; null or empty for a root
 * @param divisionCode its administrative division code; null or empty for none
 * @param validFrom the day it is established
 */
public record OrgUnitForm(
    @NotBlank @Pattern(regexp = Identifiers.REGEX) String id,
    @NotBlank @Pattern(regexp = OrgKind.CODE_REGEX) String kind,
    @NotBlank @Size(max = 200) String name,
    @Pattern(regexp = "|" + Identifiers.REGEX) String parentId,
    @Pattern(regexp = "|" + DivisionCode.REGEX) String divisionCode,
    @NotNull LocalDate validFrom) {

  /**
   * The new unit for {@code district}, not yet stored.
   *
   * @throws org.grassroots.input.InvalidInputException when a field is refused by the domain
   */
  public OrgUnit toOrgUnit(DistrictId district) {
    Check.notNull("orgUnit.district", district);
    OrgUnit u = OrgUnit.establish(
        district,
        OrgUnitId.of(Check.notNull("orgUnit.id", id)),
        OrgKind.of(Check.notNull("orgUnit.kind", kind)),
        name,
        blank(parentId) ? null : OrgUnitId.of(parentId),
        validFrom);
    return blank(divisionCode) ? u : u.withDivisionCode(DivisionCode.of(divisionCode));
  }

  /** The form that shows {@code unit}, e.g. to pre-fill an edit page. */
  public static OrgUnitForm of(OrgUnit unit) {
    Check.notNull("orgUnit", unit);
    return new OrgUnitForm(unit.id().value(), unit.kind().code(), unit.name(),
        unit.parent().map(OrgUnitId::value).orElse(null),
        unit.divisionCode().map(DivisionCode::value).orElse(null), unit.validFrom());
  }

  private static boolean blank(String s) {
    return Optional.ofNullable(s).map(String::isEmpty).orElse(true);
  }
}
