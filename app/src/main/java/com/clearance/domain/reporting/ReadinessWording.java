package com.clearance.domain.reporting;

import java.util.Map;

/**
 * Wording of the launch readiness report. {@code states} styles the item states by id (done, waived, overdue, open);
 * {@code footer} reads e.g. "Launch {launch} · status on {date}".
 */
public record ReadinessWording(String title, String subtitle, ReadinessLabels labels, ReadinessSections sections,
                               ReadinessColumns columns, Map<String, StatusStyle> states, String footer,
                               String pageNumber, SignOff signOff) {

    public ReadinessWording {
        states = Map.copyOf(states);
    }
}
