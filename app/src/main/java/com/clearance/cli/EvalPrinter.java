package com.clearance.cli;

import com.clearance.domain.Status;
import com.clearance.scoring.eval.Confusion;
import com.clearance.scoring.eval.EvalReport;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints an evaluation report: per-clause P/R/F1 per status, macro-F1 (core and all), confusion, evidence hits. */
final class EvalPrinter {

    private static final Status[] S = Status.values();

    private EvalPrinter() {
    }

    static void print(String name, EvalReport report, boolean misses, PrintWriter out) {
        out.println("Evaluation of set '" + name + "'");
        out.printf("%-22s %5s %6s  %-17s %-17s %-17s %-17s %7s%n", "clause", "n", "acc", "protective P/R/F1",
                "weak P/R/F1", "adverse P/R/F1", "missing P/R/F1", "macroF1");
        for (Map.Entry<String, Confusion> e : report.byClause().entrySet()) {
            row(e.getKey(), e.getValue(), out);
        }
        Confusion core = report.pooled(EvalReport.CORE);
        Confusion all = report.pooled(null);
        if (core.total() > 0) row("CORE (pooled)", core, out);
        row("ALL (pooled)", all, out);
        out.printf(Locale.ROOT, "macro-F1 core: %.3f (pooled over the 3 core clauses; mean of per-clause %.3f)%n",
                core.macroF1(), report.meanClauseMacroF1(EvalReport.CORE));
        out.printf(Locale.ROOT, "macro-F1 all:  %.3f (pooled over all clauses; mean of per-clause %.3f)%n",
                all.macroF1(), report.meanClauseMacroF1(null));
        out.printf(Locale.ROOT, "evidence hit rate: %.3f over %d correct non-missing findings%n",
                report.evidenceHitRate(), report.evidenceChecked());
        out.println();
        out.println("Confusion (rows expected, columns predicted), all clauses pooled:");
        out.printf("%-12s", "");
        for (Status p : S) out.printf("%11s", p.id());
        out.println();
        for (Status x : S) {
            out.printf("%-12s", x.id());
            for (Status p : S) out.printf("%11d", all.count(x, p));
            out.println();
        }
        if (misses) {
            out.println();
            for (EvalReport.Miss m : report.misses()) {
                out.println("MISS " + m.document() + " " + m.clause() + ": expected " + m.expected().id()
                        + ", got " + m.predicted().id() + " (" + m.rationale() + ")"
                        + (m.labelNote() == null ? "" : "\n     label: " + m.labelNote()));
            }
            for (EvalReport.EvidenceMiss m : report.evidenceMisses()) {
                out.println("EVIDENCE " + m.document() + " " + m.clause() + ": labelled section " + m.labelledSection()
                        + ", evidence at " + String.join("; ", m.evidenceSections()));
            }
        }
        out.flush();
    }

    private static void row(String label, Confusion c, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (Status s : S) {
            sb.append(c.present(s) ? String.format(Locale.ROOT, "%.2f/%.2f/%.2f    ", c.precision(s), c.recall(s), c.f1(s))
                    : String.format("%-18s", "-"));
        }
        out.printf(Locale.ROOT, "%-22s %5d %6.2f  %s%7.3f%n", label, c.total(),
                c.total() == 0 ? 0 : (double) c.correct() / c.total(), sb, c.macroF1());
    }
}
