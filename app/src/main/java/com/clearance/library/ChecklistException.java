package com.clearance.library;

import java.util.List;

/** A runbook template that cannot be used: each problem names the file, the field and what is wrong. */
public class ChecklistException extends Exception {

    private final List<String> problems;

    public ChecklistException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ChecklistException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        String shown = String.join("; ", problems.subList(0, Math.min(5, problems.size())));
        return problems.size() + " problems in the runbook templates: " + shown
                + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : "");
    }
}
