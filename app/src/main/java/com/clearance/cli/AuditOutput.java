package com.clearance.cli;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Sentence;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints an audit result as one JSON line, a Markdown report or a plain table, each with the warnings met while
 * importing the contract first, so a damaged reading never looks like a whole one. Evidence read by OCR says so,
 * with its recognition confidence.
 */
final class AuditOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditOutput() {
    }

    static void json(AuditResult r, List<String> warnings, ContractDocument doc, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("document", r.document());
        root.put("pages", r.pages());
        ArrayNode warned = root.putArray("warnings");
        warnings.forEach(warned::add);
        root.put("score", r.score());
        root.put("scoreExplanation", r.scoreExplanation());
        root.put("libraryVersion", r.libraryVersion());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("clause", f.clauseId());
            fn.put("status", f.status().id());
            ArrayNode ev = fn.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("text", e.text());
                en.put("page", e.page());
                en.put("section", e.section());
                en.put("pointsTo", e.pointsTo().id());
                Double ocr = ocrConfidence(doc, e);
                if (ocr != null) {
                    en.put("ocrConfidence", ocr);
                }
            }
            fn.put("rationale", f.rationale());
            fn.put("recommendation", f.recommendation());
            if (f.lookedFor() != null) fn.put("lookedFor", f.lookedFor().strip());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an audit result always serialises", e);
        }
    }

    static void markdown(AuditResult r, List<String> warnings, ContractDocument doc, PrintWriter out) {
        out.println("# Clause audit: " + r.document());
        out.println();
        for (String w : warnings) {
            out.println("> **Warning:** " + w.replace("\n", " "));
        }
        if (!warnings.isEmpty()) {
            out.println();
        }
        out.println("Score: **" + r.score() + "/100** (" + r.pages() + " pages, library " + r.libraryVersion() + ")");
        out.println();
        out.println(r.scoreExplanation());
        out.println();
        for (Finding f : r.findings()) {
            out.println("## " + f.clauseId() + ": " + f.status().id());
            out.println();
            out.println(f.rationale());
            for (Evidence e : f.evidence()) {
                out.println();
                out.println("> " + e.text().replace("\n", " ") + " (" + where(e) + "; " + e.pointsTo().id()
                        + ocrMark(doc, e) + ")");
            }
            if (f.recommendation() != null) {
                out.println();
                out.println("Ask for: " + f.recommendation().strip());
            }
            out.println();
        }
    }

    static void table(AuditResult r, List<String> warnings, ContractDocument doc, PrintWriter out) {
        out.println(r.document() + ": score " + r.score() + "/100");
        for (String w : warnings) {
            out.println("warning: " + w);
        }
        out.printf("%-22s %-11s %-16s %s%n", "CLAUSE", "STATUS", "WHERE", "RATIONALE");
        for (Finding f : r.findings()) {
            String where = f.evidence().isEmpty() ? "-" : where(f.evidence().get(0))
                    + (ocrConfidence(doc, f.evidence().get(0)) == null ? "" : " OCR");
            out.printf("%-22s %-11s %-16s %s%n", f.clauseId(), f.status().id(), truncate(where, 16),
                    truncate(f.rationale(), 100));
        }
        out.println();
    }

    private static String where(Evidence e) {
        String section = e.section() == null || e.section().isBlank() ? "" : "s. " + e.section() + ", ";
        return section + "p. " + e.page();
    }

    /** The evidence sentence's recognition confidence when it was read by OCR, else null. */
    static Double ocrConfidence(ContractDocument doc, Evidence e) {
        return doc == null ? null : doc.sentenceAt(e.start()).map(Sentence::ocrConfidence).orElse(null);
    }

    private static String ocrMark(ContractDocument doc, Evidence e) {
        Double ocr = ocrConfidence(doc, e);
        return ocr == null ? "" : "; read by OCR, confidence " + Math.round(ocr) + "%";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
