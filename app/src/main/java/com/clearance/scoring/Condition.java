package com.clearance.scoring;

import java.util.List;
import java.util.Set;

/**
 * A test over one sentence's features. {@code all}: every feature present; {@code any}: at least one (when not empty);
 * {@code none}: no feature present. Features are concept names, {@code heading:<concept>}, modality tokens
 * (prohibition, permission, obligation, no-modality) and {@code definition}. Duration bounds are in hours and test
 * the durations the sentence states; {@code hasDuration} null means "don't care".
 */
public record Condition(Set<String> all, Set<String> any, Set<String> none,
                        Double atLeastHours, Double belowHours, Double atMostHours, Double aboveHours,
                        Boolean hasDuration) {

    public static final Condition ALWAYS = new Condition(Set.of(), Set.of(), Set.of(), null, null, null, null, null);

    public Condition {
        all = Set.copyOf(all);
        any = Set.copyOf(any);
        none = Set.copyOf(none);
    }

    public boolean test(SentenceFeatures f) {
        for (String a : all) {
            if (!f.has(a)) return false;
        }
        if (!any.isEmpty() && any.stream().noneMatch(f::has)) return false;
        for (String n : none) {
            if (f.has(n)) return false;
        }
        return testDurations(f.durationsHours());
    }

    private boolean testDurations(List<Double> hours) {
        if (hasDuration != null && hasDuration == hours.isEmpty()) return false;
        if (atLeastHours != null && hours.stream().noneMatch(h -> h >= atLeastHours)) return false;
        if (atMostHours != null && hours.stream().noneMatch(h -> h <= atMostHours)) return false;
        if (belowHours != null && (hours.isEmpty() || hours.stream().anyMatch(h -> h >= belowHours))) return false;
        if (aboveHours != null && (hours.isEmpty() || hours.stream().anyMatch(h -> h <= aboveHours))) return false;
        return true;
    }
}
