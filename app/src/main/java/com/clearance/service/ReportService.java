package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.AtomicFileWriter;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ClauseText;
import com.clearance.report.ReportExporter;
import com.clearance.report.ReportWriteException;
import com.clearance.report.gap.GapReportPdfExporter;
import com.clearance.report.negotiation.NegotiationPackDocxExporter;
import com.clearance.report.portfolio.PortfolioXlsxExporter;
import com.clearance.report.readiness.LaunchReport;
import com.clearance.report.redline.RedlineDocxExporter;
import com.clearance.report.redline.RedlineSource;
import com.clearance.report.readiness.ReadinessReportPdfExporter;
import com.clearance.scoring.ClauseDefinition;
import com.clearance.scoring.ClauseLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * Exports reports to files, all or nothing (see {@link AtomicFileWriter}). The CLI and the workbench both call it;
 * the clause library supplies titles, why-it-matters text and the drafting each report quotes.
 */
public final class ReportService {

    private final ReportTemplates templates;
    private final ClauseCatalog clauses;

    public ReportService(ReportTemplates templates, ClauseCatalog clauses) {
        this.templates = templates;
        this.clauses = clauses;
    }

    /** Report templates from {@code folder}, or the shipped ones when it is null. */
    public static ReportTemplates templates(Path folder) {
        return folder == null ? ReportTemplateLoader.loadDefaults() : ReportTemplateLoader.load(folder);
    }

    /** The clause texts reports quote, in library order. */
    public static ClauseCatalog catalog(ClauseLibrary library) {
        return new ClauseCatalog(library.clauses().stream().map(ReportService::text).toList());
    }

    private static ClauseText text(ClauseDefinition c) {
        String preferred = c.recommendation() == null ? "" : c.recommendation().preferred();
        String fallback = c.recommendation() == null ? "" : c.recommendation().fallback();
        return new ClauseText(c.id(), c.title(), c.why(), preferred, fallback, c.weight());
    }

    public ReportTemplates templates() {
        return templates;
    }

    public void gapReport(AuditedContract contract, Path target) throws ReportWriteException {
        export(new GapReportPdfExporter(templates, clauses), contract, target);
    }

    public void negotiationPack(AuditedContract contract, Path target) throws ReportWriteException {
        export(new NegotiationPackDocxExporter(templates, clauses), contract, target);
    }

    /** The redline of a contract: its own DOCX, or a DOCX of its text, with our proposals as tracked changes. */
    public void redline(RedlineSource source, Path target) throws ReportWriteException {
        export(new RedlineDocxExporter(templates, clauses), source, target);
    }

    /**
     * The vendor's own Word file for a redline: the bytes of {@code file} when the document was read from DOCX and
     * the file is still the one that was audited (same SHA-256); null otherwise, and the redline is then made from the
     * contract's text.
     */
    public static byte[] vendorDocx(ContractDocument document, Path file) {
        if (document.format() != DocumentFormat.DOCX || file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return sha.equalsIgnoreCase(document.sha256()) ? bytes : null;
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    public void portfolio(List<AuditedContract> contracts, Path target) throws ReportWriteException {
        export(new PortfolioXlsxExporter(templates, clauses), contracts, target);
    }

    public void readinessReport(LaunchReport report, Path target) throws ReportWriteException {
        export(new ReadinessReportPdfExporter(templates), report, target);
    }

    /** A launch as the readiness report shows it on {@code today}: status, tickets against expectations, runbook. */
    public static LaunchReport launchReport(LaunchService launches, String name, LocalDate today) throws LaunchException {
        return new LaunchReport(launches.status(name, today), launches.expectedVsObserved(name, today),
                launches.template(name).name());
    }

    public static <T> void export(ReportExporter<T> exporter, T input, Path target) throws ReportWriteException {
        AtomicFileWriter.write(target, out -> exporter.export(input, out));
    }
}
