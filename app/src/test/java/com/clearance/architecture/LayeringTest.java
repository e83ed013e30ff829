package com.clearance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the arrows of docs/ARCHITECTURE: pure code stays free of toolkits, file formats and JDBC. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clearance");
    }

    private static final String[] PURE = {"com.clearance.domain..", "com.clearance.text..", "com.clearance.scoring..",
            "com.clearance.runbook.."};

    static final ArchRule pureCodeHasNoToolkitFormatOrJdbc = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.apache.pdfbox..",
                    "org.apache.fontbox..", "org.apache.poi..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.jsoup..", "picocli..")
            .because("domain, text, scoring and runbook code must run anywhere and be tested without I/O libraries");

    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("com.clearance.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.clearance.text..", "com.clearance.scoring..",
                    "com.clearance.ingest..", "com.clearance.library..", "com.clearance.runbook..",
                    "com.clearance.report..", "com.clearance.persistence..", "com.clearance.service..",
                    "com.clearance.cli..", "com.clearance.ui..", "com.clearance.app..");

    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses().that().resideOutsideOfPackages("com.clearance.ui..",
                    "com.clearance.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    static final ArchRule nobodyDependsOnTheEdges = noClasses().that().resideOutsideOfPackages("com.clearance.app..", "com.clearance.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.clearance.app..", "com.clearance.cli..")
            .allowEmptyShould(true)
            .because("cli and app are edges: services never call back into them");

    static final ArchRule persistenceOnlyThroughServices = noClasses().that().resideInAnyPackage(
                    "com.clearance.ui..", "com.clearance.scoring..", "com.clearance.runbook..", "com.clearance.report..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    static final ArchRule noCycles = slices().matching("com.clearance.(*)..").should().beFreeOfCycles();

    @Test
    void pureCodeStaysPure() {
        pureCodeHasNoToolkitFormatOrJdbc.check(classes);
    }

    @Test
    void domainStandsAlone() {
        domainDependsOnNothingOfOurs.check(classes);
    }

    @Test
    void javaFxStaysInTheUi() {
        onlyUiAndAppTouchJavaFx.check(classes);
    }

    @Test
    void edgesAreNotCalledBack() {
        nobodyDependsOnTheEdges.check(classes);
    }

    @Test
    void persistenceIsReachedThroughServices() {
        persistenceOnlyThroughServices.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        noCycles.check(classes);
    }
}
