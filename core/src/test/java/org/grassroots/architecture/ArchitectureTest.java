package org.grassroots.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of core: what it may depend on, and no cycles between its packages. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.grassroots");
  }

  @Test
  void coreDependsOnTheJdkGuavaAndJakartaValidationOnly() {
    classes().that().resideInAPackage("org.grassroots..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.common..", "jakarta.validation..", "org.grassroots..")
        .because("core depends on Guava and jakarta.validation-api only")
        .check(core);
  }

  /**
   * {@code spi} depends on the domain packages, so a class in a domain package that uses {@code
   * spi} (a service over the stores) closes a cycle: such services get a package of their own.
   */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.grassroots.(*)..").should().beFreeOfCycles().check(core);
  }

  /**
   * Storage knows storage: the storage SPI names no program. Each program package declares its
   * own record kinds ({@code LedgerRecordKinds}, …) on top of {@code spi.RecordKind}, never the
   * other way round.
   */
  @Test
  void spiImportsNoProgramPackage() {
    noClasses().that().resideInAPackage("org.grassroots.spi..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.grassroots.assessment..", "org.grassroots.boards..", "org.grassroots.communitytypes..",
            "org.grassroots.dualregistration..", "org.grassroots.ledgers..", "org.grassroots.lifecycle..",
            "org.grassroots.orders..", "org.grassroots.positions..", "org.grassroots.rates..", "org.grassroots.workflow..", "org.grassroots.published..",
            "org.grassroots.resettlement..", "org.grassroots.scenarios..", "org.grassroots.staffing..",
            "org.grassroots.volunteering..")
        .because("program packages declare their own record kinds; spi knows only storage")
        .check(core);
  }
}
