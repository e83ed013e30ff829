package com.clearance.report.portfolio;

import com.clearance.domain.Finding;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ReportExporter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portfolio workbook: a contracts-by-clauses matrix and a findings sheet, both with a frozen header and filters.
 * Nothing here writes a formula: every value from a contract is a string cell.
 */
public final class PortfolioXlsxExporter implements ReportExporter<List<AuditedContract>> {

    private final ReportTemplates templates;
    private final ClauseCatalog clauses;

    public PortfolioXlsxExporter(ReportTemplates templates, ClauseCatalog clauses) {
        this.templates = templates;
        this.clauses = clauses;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void export(List<AuditedContract> contracts, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(wb, templates.theme());
            MatrixSheet.write(wb, cells, templates.portfolio(), templates.theme(), contracts, clauseIds(contracts), clauses);
            FindingsSheet.write(wb, cells, templates.portfolio(), templates.theme(), templates.gap().decisions(),
                    contracts, clauses);
            wb.getProperties().getCoreProperties().setCreator("Clearance");
            wb.write(out);
        }
    }

    /** The library's clauses in library order, then any clause a result has that the catalogue does not list. */
    private List<String> clauseIds(List<AuditedContract> contracts) {
        Set<String> ids = new LinkedHashSet<>(clauses.ids());
        for (AuditedContract c : contracts) {
            for (Finding f : c.result().findings()) {
                ids.add(f.clauseId());
            }
        }
        return new ArrayList<>(ids);
    }
}
