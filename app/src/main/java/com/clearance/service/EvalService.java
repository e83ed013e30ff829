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

    /** @param clauses the clause ids to score, or null for every labelled clause */
    public EvalReport evaluate(Path folder, LabelSet labels, List<String> clauses) {
        EvalReport report = new EvalReport();
        for (LabelledDocument doc : labels.documents()) {
            ContractDocument document;
            try {
                document = audits.read(folder.resolve(doc.file()));
            } catch (ImportException e) {
                report.recordUnreadable(e.getMessage());
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
