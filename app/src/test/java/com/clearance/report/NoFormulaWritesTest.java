package com.clearance.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Contract text must never reach a spreadsheet as a formula: nothing of ours may write one. */
class NoFormulaWritesTest {

    @Test
    void noProductionCodeWritesAFormula() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clearance");
        noClasses().should().callMethod(Cell.class, "setCellFormula", String.class)
                .orShould().callMethod(XSSFCell.class, "setCellFormula", String.class)
                .because("a contract's text in a workbook must stay text")
                .check(classes);
    }
}
