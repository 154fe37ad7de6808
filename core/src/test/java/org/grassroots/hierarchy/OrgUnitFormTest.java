package org.grassroots.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation (hibernate-validator with expressly) on the form integrators bind from HTTP. */
class OrgUnitFormTest {
  private static final DistrictId SONGYU = DistrictId.of("songyu");
  private static final LocalDate D = LocalDate.of(2021, 1, 1);
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<String> badFields(OrgUnitForm form) {
    return validator.validate(form).stream()
        .map(ConstraintViolation::getPropertyPath).map(Object::toString).collect(Collectors.toSet());
  }

  @Test
  void aValidFormBecomesTheDomainValue() {
    OrgUnitForm form = new OrgUnitForm("songyu-haifa-b1", "compound-branch", "海发社区第一小区党支部",
        "songyu-haifa", "350205003001", D);
    assertThat(validator.validate(form)).isEmpty();
    OrgUnit u = form.toOrgUnit(SONGYU);
    assertThat(u.id()).isEqualTo(OrgUnitId.of("songyu-haifa-b1"));
    assertThat(u.kind()).isEqualTo(OrgKind.COMPOUND_BRANCH);
    assertThat(u.parent()).contains(OrgUnitId.of("songyu-haifa"));
    assertThat(u.divisionCode()).contains(DivisionCode.of("350205003001"));
    assertThat(u.district()).isEqualTo(SONGYU);
    assertThat(OrgUnitForm.of(u)).isEqualTo(form);
  }

  @Test
  void aRootWithoutDivisionCodeMayLeaveThemEmpty() {
    OrgUnitForm form = new OrgUnitForm("songyu", "district", "海沧区", "", null, D);
    assertThat(validator.validate(form)).isEmpty();
    assertThat(form.toOrgUnit(SONGYU).parent()).isEmpty();
    assertThat(form.toOrgUnit(SONGYU).divisionCode()).isEmpty();
  }

  @Test
  void theAnnotationsReportEachBadField() {
    OrgUnitForm form = new OrgUnitForm("社区 1", "Compound Branch", " ", "a b", "35020", null);
    assertThat(badFields(form)).containsExactlyInAnyOrder("id", "kind", "name", "parentId", "divisionCode", "validFrom");
    assertThat(badFields(new OrgUnitForm("x", "district", "名".repeat(201), null, null, D))).containsExactly("name");
    assertThat(badFields(new OrgUnitForm("x".repeat(65), "district", "x", null, null, D))).containsExactly("id");
  }

  @Test
  void theDomainStaysAuthoritative() {
    OrgUnitForm ownParent = new OrgUnitForm("c1", "community-org", "海发社区", "c1", null, D);
    assertThat(validator.validate(ownParent)).isEmpty();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ownParent.toOrgUnit(SONGYU));
    assertThat(e.key()).isEqualTo("hierarchy.ownParent");
    // a form that skipped validation is still refused, field by field
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new OrgUnitForm(null, "district", "x", null, null, D).toOrgUnit(SONGYU)).field()).isEqualTo("orgUnit.id");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new OrgUnitForm("x", "district", "x", null, "35020", D).toOrgUnit(SONGYU)).field()).isEqualTo("divisionCode");
  }
}
