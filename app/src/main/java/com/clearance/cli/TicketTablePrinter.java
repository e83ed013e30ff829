package com.clearance.cli;

import com.clearance.runbook.ExpectedVsObserved;

import java.io.PrintWriter;

/** Prints tickets per category per week against the expected weeks (the text form of the chart). */
final class TicketTablePrinter {

    private TicketTablePrinter() {
    }

    static void print(PrintWriter out, ExpectedVsObserved.Result r) {
        StringBuilder head = new StringBuilder(String.format("%-20s %-10s", "category", "expected"));
        for (int w = r.minWeek(); w <= r.maxWeek(); w++) {
            head.append(String.format("%4s", "w" + w));
        }
        out.println(head.append("  total"));
        for (ExpectedVsObserved.CategoryRow row : r.rows()) {
            StringBuilder line = new StringBuilder(String.format("%-20s %-10s", row.category().id(),
                    row.category().weeks().from() + ".." + row.category().weeks().to()));
            for (int w = r.minWeek(); w <= r.maxWeek(); w++) {
                int n = row.countsByWeek().getOrDefault(w, 0);
                // '*' marks a count outside the expected weeks
                String cell = n == 0 ? "." : n + (row.category().weeks().contains(w) ? "" : "*");
                line.append(String.format("%4s", cell));
            }
            out.println(line.append(String.format("  %5d", row.total())));
        }
        if (!r.surprises().isEmpty()) {
            out.println();
            out.println("Surprises (* = outside the expected weeks):");
            r.surprises().forEach(s -> out.println("  " + s.message()));
        }
        out.flush();
    }
}
