package com.clearance.report;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Audit results written by hand for report tests: contract-like prose of our own, no engine involved. */
public final class ReportFixtures {

    public static final String SHA = "3f2a9c0d4b6e8f1a2c3d4e5f60718293a4b5c6d7e8f90112233445566778899a";

    public static final String LONG_QUOTE = ("Provider may use Customer Content, including prompts, completions, "
            + "tool-call traces and any metadata derived from them, to develop, train, evaluate and improve its models "
            + "and services, and Customer grants Provider a worldwide, royalty-free licence for that purpose, ").repeat(6)
            + "which licence survives termination.";

    public static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"click\")";

    private ReportFixtures() {
    }

    public static ClauseCatalog catalog() {
        return new ClauseCatalog(List.of(
                new ClauseText("training-use", "Training on customer data", "Prompts and outputs may end up in the "
                        + "vendor's next model.", "Provider shall not use Customer Data to train any model.",
                        "Provider shall not use Customer Data to train any model without Customer's written opt-in.", 12),
                new ClauseText("model-substitution", "Model substitution and retirement", "", "Provider shall give "
                        + "ninety (90) days' written notice before retiring a contracted model.", "", 10),
                new ClauseText("data-residency", "Data residency", "", "", "", 10),
                new ClauseText("security-incident", "Security incident notice", "", "", "", 6),
                new ClauseText("confidentiality", "Confidentiality of customer content", "", "", "", 6)));
    }

    public static AuditResult result() {
        List<Finding> findings = List.of(
                new Finding("training-use", Status.ADVERSE, List.of(
                        new Evidence(LONG_QUOTE, 4, "5.2(b)", 100, 900, Status.ADVERSE),
                        new Evidence("Customer may opt out of training in the admin console.", 4, "5.3", 900, 960, Status.WEAK)),
                        "Section 5.2(b) lets the provider train on customer content by default.",
                        "Provider shall not use Customer Content to train, fine-tune or improve any model.", null),
                new Finding("model-substitution", Status.WEAK, List.of(
                        new Evidence("Provider will post notice of model retirement on its website 30 days in advance.",
                                7, "Section 9", 2000, 2080, Status.WEAK)),
                        "Thirty days' notice by website posting is below the ninety-day bar.", null, null),
                new Finding("data-residency", Status.MISSING, List.of(),
                        "The agreement does not say where data is stored or processed.",
                        "Customer Data shall be stored and processed only in the EU.",
                        "a commitment naming the regions where data is stored and processed"),
                new Finding("security-incident", Status.PROTECTIVE, List.of(
                        new Evidence("Provider shall notify Customer of a Security Incident within 48 hours.", 8, "11.1",
                                3000, 3070, Status.PROTECTIVE)), "48 hours is within the 72-hour bar.", null, null),
                new Finding("confidentiality", Status.WEAK, List.of(
                        new Evidence(FORMULA + " treats only Customer inputs as Confidential Information.", 3, "",
                                500, 560, Status.WEAK)), "Outputs are left out of confidentiality.", null, null));
        return new AuditResult("acme-ai-services-agreement.pdf", SHA, 12, 41,
                "Weighted over 5 clauses: protective counts in full, weak half, adverse and missing nothing.",
                "2026.11", findings);
    }

    public static ReportContext context(AuditResult result) {
        return ReportContext.of(result, "Acme AI Ltd", "Jane Counsel", LocalDate.of(2026, 11, 26), List.of(
                new Decision("training-use", DecisionKind.NEGOTIATE, "Must be fixed before signature.", "Jane Counsel",
                        LocalDate.of(2026, 11, 26)),
                new Decision("confidentiality", DecisionKind.WAIVE, "Low risk for this use.", "Jane Counsel", null)));
    }

    public static AuditedContract contract() {
        AuditResult r = result();
        return new AuditedContract(r, context(r));
    }

    /** A result with many clauses, so the summary table must continue on a second page. */
    public static AuditedContract manyClauses(int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            findings.add(new Finding("clause-" + i, Status.values()[i % 4], List.of(), "Rationale " + i, null, null));
        }
        AuditResult r = new AuditResult("long.pdf", SHA, 30, 50, "", "2026.11", findings);
        return new AuditedContract(r, new ReportContext("Vendor", "long.pdf", LocalDate.of(2026, 1, 2), "2026.11",
                "Reviewer", SHA, Map.of()));
    }
}
