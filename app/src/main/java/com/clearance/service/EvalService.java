package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.ingest.ImportException;
import com.clearance.scoring.eval.ClauseLabel;
import com.clearance.scoring.eval.EvalReport;
import com.clearance.scoring.eval.EvidenceMatcher;
import com.clearance.scoring.eval.LabelSet;
import com.clearance.scoring.eval.LabelledDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Audits every document of a label set and compares the engine's status per clause with the label. */
public final class EvalService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvalService.class);

    private final AuditService audits;

    public EvalService(AuditService audits) {
        this.audits = audits;
    }

    /** What is audited for each labelled document: the file itself, a typed PDF printed from it, or a scan of that. */
    public enum Copy { ORIGINAL, TYPED_PDF, SCAN }

    /** @param clauses the clause ids to score, or null for every labelled clause */
    public EvalReport evaluate(Path folder, LabelSet labels, List<String> clauses) {
        return evaluate(folder, labels, clauses, Copy.ORIGINAL);
    }

    /**
     * Scores {@code copy} of every labelled document: a typed PDF is printed from the text the importer reads, a scan
     * is that PDF rendered, turned and speckled, then read back by OCR.
     */
    public EvalReport evaluate(Path folder, LabelSet labels, List<String> clauses, Copy copy) {
        EvalReport report = new EvalReport();
        for (LabelledDocument doc : labels.documents()) {
            ContractDocument document;
            try {
                document = read(folder.resolve(doc.file()), copy);
            } catch (ImportException e) {
                report.recordUnreadable(e.getMessage());
                continue;
            } catch (java.io.IOException e) {
                report.recordUnreadable(doc.file() + ": its " + copy.name().toLowerCase(java.util.Locale.ROOT)
                        + " copy could not be made (" + e.getMessage() + ")");
                continue;
            }
            AuditResult result;
            try {
                result = audits.audit(document);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // one document's failure is that document's line; the others are still measured
                LOG.error("Could not audit {}", doc.file(), e);
                report.recordUnreadable(doc.file() + ": could not be audited (an internal error or too little memory;"
                        + " the log has the details)");
                continue;
            }
            // a clause that could not be audited is not measured: say so rather than leave a silent gap
            result.clauseFailures().forEach(f -> report.recordUnreadable(doc.file() + ": " + f));
            for (Map.Entry<String, ClauseLabel> e : doc.clauses().entrySet()) {
                if (clauses != null && !clauses.contains(e.getKey())) continue;
                Finding f = result.finding(e.getKey());
                if (f == null) continue;
                ClauseLabel label = e.getValue();
                report.record(doc.file(), e.getKey(), label.status(), f.status(), f.rationale(), label.note());
                if (label.status() != Status.MISSING && f.status() == label.status()) {
                    boolean hit = hit(label, f, document);
                    report.recordEvidence(hit);
                    if (!hit) {
                        String where = label.section() != null ? label.section()
                                : "\"" + abbreviate(label.quote()) + "\"";
                        report.recordEvidenceMiss(new EvalReport.EvidenceMiss(doc.file(), e.getKey(), where,
                                f.evidence().stream().map(ev -> "p." + ev.page() + " s." + ev.section() + " \""
                                        + abbreviate(ev.text()) + "\"").toList()));
                    }
                }
            }
        }
        return report;
    }

    private ContractDocument read(Path file, Copy copy) throws ImportException, java.io.IOException {
        if (copy == Copy.ORIGINAL) {
            return audits.read(file);
        }
        Path dir = java.nio.file.Files.createTempDirectory("clearance-eval");
        String base = file.getFileName().toString();
        Path typed = dir.resolve(base + ".pdf");
        Path scanned = dir.resolve(base + ".scan.pdf");
        try {
            new TypedCopy().write(audits.extract(file).blocks(), typed);
            if (copy == Copy.TYPED_PDF) {
                return audits.read(typed);
            }
            return audits.read(new ScannedCopy().write(typed, scanned));
        } finally {
            java.nio.file.Files.deleteIfExists(typed);
            java.nio.file.Files.deleteIfExists(scanned);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 70 ? one : one.substring(0, 70) + "…";
    }

    private static boolean hit(ClauseLabel label, Finding f, ContractDocument document) {
        for (Evidence ev : f.evidence()) {
            Sentence s = sentenceAt(document, ev.start());
            if (s != null && EvidenceMatcher.matches(label, s)) return true;
        }
        return false;
    }

    private static Sentence sentenceAt(ContractDocument document, int start) {
        List<Sentence> sentences = document.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = sentences.get(mid).start();
            if (s == start) return sentences.get(mid);
            if (s < start) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}
