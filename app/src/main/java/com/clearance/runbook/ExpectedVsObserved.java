package com.clearance.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tickets per category per week since launch, set against the weeks the template expects each category in.
 * Surprises: a category arriving outside its expected weeks, or arriving while items that prepare for it and are
 * already due are not done (or validly waived).
 */
public final class ExpectedVsObserved {

    /** One category's counts by week, its expected weeks, and the prepared items still not done. */
    public record CategoryRow(TicketCategory category, Map<Integer, Integer> countsByWeek, int total,
                              int outsideExpected, List<String> itemsNotDone) {
    }

    public record Surprise(String category, Kind kind, String message) {
        public enum Kind { OUTSIDE_EXPECTED_WEEKS, ITEMS_NOT_DONE }
    }

    public record Result(List<CategoryRow> rows, List<Surprise> surprises, int minWeek, int maxWeek) {
    }

    private ExpectedVsObserved() {
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String weeks(List<Integer> weeks) {
        if (weeks.size() == 1) {
            return "week " + weeks.get(0);
        }
        return "weeks " + String.join(", ", weeks.subList(0, weeks.size() - 1).stream().map(String::valueOf).toList())
                + " and " + weeks.get(weeks.size() - 1);
    }

    /** {@code status} may be null (no launch): then only week surprises are reported. */
    public static Result compute(RunbookTemplate template, List<Classification> classified, LaunchStatus status) {
        List<CategoryRow> rows = new ArrayList<>();
        List<Surprise> surprises = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (TicketCategory category : template.categories()) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Classification c : classified) {
                if (c.category().equals(category.id()) && c.week() != null) {
                    counts.merge(c.week(), 1, Integer::sum);
                }
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int outside = counts.entrySet().stream().filter(e -> !category.weeks().contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            List<ItemStatus> notDoneItems = status == null ? List.of() : status.items().stream()
                    .filter(i -> i.item().categoryIds().contains(category.id()) && !i.counts()
                            && !i.due().isAfter(status.today()))
                    .toList();
            List<String> notDone = notDoneItems.stream().map(i -> i.item().id()).toList();
            if (!counts.isEmpty()) {
                min = Math.min(min, ((TreeMap<Integer, Integer>) counts).firstKey());
                max = Math.max(max, ((TreeMap<Integer, Integer>) counts).lastKey());
            }
            if (outside > 0) {
                List<Integer> weeks = counts.keySet().stream().filter(w -> !category.weeks().contains(w)).toList();
                surprises.add(new Surprise(category.id(), Surprise.Kind.OUTSIDE_EXPECTED_WEEKS, count(outside, "ticket")
                        + " about \u201C" + category.name() + "\u201D in " + weeks(weeks) + ", expected in weeks "
                        + category.weeks().from() + " to " + category.weeks().to()));
            }
            if (total > 0 && !notDone.isEmpty()) {
                String titles = notDoneItems.stream().map(i -> "\u201C" + i.item().title() + "\u201D")
                        .collect(java.util.stream.Collectors.joining(", "));
                surprises.add(new Surprise(category.id(), Surprise.Kind.ITEMS_NOT_DONE, count(total, "ticket")
                        + " about \u201C" + category.name() + "\u201D while " + (notDone.size() == 1
                        ? "the item preparing for it is not done: " : notDone.size() + " items preparing for it are"
                        + " not done: ") + titles));
            }
            rows.add(new CategoryRow(category, counts, total, outside, notDone));
        }
        return new Result(rows, surprises, min == Integer.MAX_VALUE ? 1 : min, max == Integer.MIN_VALUE ? 1 : max);
    }
}
