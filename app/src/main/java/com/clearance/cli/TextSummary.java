package com.clearance.cli;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.Section;

import java.io.PrintWriter;

/** The readable form of `clearance import --format text`: counts, the section outline and the defined terms. */
final class TextSummary {

    private static final int DEFINITION_WIDTH = 90;

    private TextSummary() {
    }

    static void print(ContractDocument doc, PrintWriter out) {
        out.printf("%s  (%s, %d %s, sha256 %s)%n", doc.name(), doc.format().id(), doc.pageCount(),
                doc.pageCount() == 1 ? "page" : "pages", doc.sha256().substring(0, 12));
        out.printf("  %d sections, %d sentences, %d defined terms, %d warnings%n", doc.sections().size(),
                doc.sentences().size(), doc.definedTerms().size(), doc.warnings().size());
        if (!doc.sections().isEmpty()) {
            out.println("  Sections:");
            for (Section s : doc.sections()) {
                String number = s.number() == null ? "" : s.number() + "  ";
                out.printf("    %s%s%s  (p. %d)%n", "  ".repeat(Math.min(s.level() - 1, 8)), number, s.heading(), s.page());
            }
        }
        if (!doc.definedTerms().isEmpty()) {
            out.println("  Defined terms:");
            for (DefinedTerm t : doc.definedTerms()) {
                out.printf("    %s: %s%n", t.term(), shorten(t.definition()));
            }
        }
        for (String warning : doc.warnings()) {
            out.println("  Warning: " + warning);
        }
        out.println();
    }

    private static String shorten(String s) {
        return s.length() <= DEFINITION_WIDTH ? s : s.substring(0, DEFINITION_WIDTH - 1) + "…";
    }
}
