package com.clearance.ui;

import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.TicketCategory;
import com.clearance.runbook.WeekRange;

import java.util.ArrayList;
import java.util.List;

/**
 * What the expected-versus-observed chart draws, worked out without the toolkit: the weeks along the axis (there is
 * no week 0), and per category its ticket count in each week, whether that week is one it is expected in, and whether
 * items preparing for it are still not done. Categories with no tickets and no expected week on the axis are left out.
 */
public record ExpectedChartModel(List<Integer> weeks, List<Row> rows, int maxCount, int currentWeek) {

    public record Cell(int week, int count, boolean expected) {
        /** Tickets in a week the category is not expected in: a surprise, drawn hatched and marked "!". */
        public boolean outside() {
            return count > 0 && !expected;
        }
    }

    public record Row(String categoryId, String name, WeekRange expected, int total, List<Cell> cells,
                      boolean itemsNotDone) {
        public String label() {
            return name + " (" + total + ")";
        }
    }

    public static ExpectedChartModel of(ExpectedVsObserved.Result result, int currentWeek) {
        int from = Math.min(1, result.minWeek());
        int to = Math.max(Math.max(result.maxWeek(), currentWeek), 1);
        List<Integer> weeks = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            if (w != 0) {
                weeks.add(w);
            }
        }
        List<Row> rows = new ArrayList<>();
        int max = 0;
        for (ExpectedVsObserved.CategoryRow r : result.rows()) {
            TicketCategory c = r.category();
            boolean expectedOnAxis = weeks.stream().anyMatch(w -> c.weeks().contains(w));
            if (r.total() == 0 && !expectedOnAxis) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int w : weeks) {
                int n = r.countsByWeek().getOrDefault(w, 0);
                max = Math.max(max, n);
                cells.add(new Cell(w, n, c.weeks().contains(w)));
            }
            rows.add(new Row(c.id(), c.name(), c.weeks(), r.total(), cells, !r.itemsNotDone().isEmpty() && r.total() > 0));
        }
        return new ExpectedChartModel(List.copyOf(weeks), List.copyOf(rows), max, currentWeek);
    }

    public static ExpectedChartModel empty() {
        return new ExpectedChartModel(List.of(1), List.of(), 0, 1);
    }
}
