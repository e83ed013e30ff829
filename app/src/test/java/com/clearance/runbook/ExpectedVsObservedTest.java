package com.clearance.runbook;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedVsObservedTest {

    private static final RunbookTemplate TEMPLATE = new RunbookTemplate("t", "T", 1, "", new ClassifierSettings("other", 2, 2),
            List.of(new TicketCategory("cost-spike", "Cost", "m", new WeekRange(1, 2), List.of(), List.of()),
                    new TicketCategory("latency", "Latency", "m", new WeekRange(2, 4), List.of(), List.of())),
            List.of(new Phase("pre", "Pre", new WeekRange(-4, -1), List.of(
                    new ChecklistItem("caps", "Caps", "d", "o", -7, "e", List.of(), List.of("cost-spike")),
                    new ChecklistItem("dash", "Dash", "d", "o", -7, "e", List.of(), List.of("latency")),
                    new ChecklistItem("later", "Later", "d", "o", 60, "e", List.of(), List.of("latency"))))));

    private static Classification c(String category, int week) {
        return new Classification("x", category, 5, week, List.of());
    }

    @Test
    void countsPerWeekAndFlagsCategoriesOutsideTheirWeeksOrWithItemsNotDone() {
        Launch launch = new Launch("l", "f", LocalDate.of(2026, 3, 2), "t", List.of(), List.of());
        Map<String, ItemState> states = Map.of("caps", new ItemState("caps",
                new Completion("Ana", java.time.Instant.now(), null, null, null), null));
        LaunchStatus status = LaunchAssessor.assess(TEMPLATE, launch, states, List.of(), LocalDate.of(2026, 4, 1));
        ExpectedVsObserved.Result r = ExpectedVsObserved.compute(TEMPLATE,
                List.of(c("cost-spike", 1), c("cost-spike", 1), c("cost-spike", 5), c("latency", 3)), status);

        ExpectedVsObserved.CategoryRow cost = r.rows().get(0);
        assertThat(cost.countsByWeek()).containsEntry(1, 2).containsEntry(5, 1);
        assertThat(cost.total()).isEqualTo(3);
        assertThat(cost.outsideExpected()).isEqualTo(1);
        assertThat(r.minWeek()).isEqualTo(1);
        assertThat(r.maxWeek()).isEqualTo(5);
        assertThat(r.surprises()).extracting(ExpectedVsObserved.Surprise::category, ExpectedVsObserved.Surprise::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cost-spike", ExpectedVsObserved.Surprise.Kind.OUTSIDE_EXPECTED_WEEKS),
                        org.assertj.core.groups.Tuple.tuple("latency", ExpectedVsObserved.Surprise.Kind.ITEMS_NOT_DONE));
        // an item not yet due is not held against the category
        assertThat(r.rows().get(1).itemsNotDone()).containsExactly("dash");
    }
}
