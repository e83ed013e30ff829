package com.clearance.runbook;

import java.util.List;

/** A kind of ticket the runbook prepares for, with the weeks it is expected in and the signals that recognise it. */
public record TicketCategory(String id, String name, String meaning, WeekRange weeks, List<Signal> signals,
                             List<Signal> negatives) {

    public TicketCategory {
        signals = List.copyOf(signals);
        negatives = List.copyOf(negatives);
    }
}
