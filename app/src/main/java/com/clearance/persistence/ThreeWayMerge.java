package com.clearance.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a copied row's parts (its name, deletion, each decision, each link...) the source changed since the last
 * copy, compared with the state that copy left (the base): a part only the source changed goes over; a part only the
 * target changed stays; a part both changed differently is a conflict and the target's stays. A part is a fingerprint
 * under a key; a missing key is a part that is not there (no decision, no link). Without a base (copied by an older
 * version, or joined to the target's own contract of the same file) only parts the target lacks are taken over.
 */
final class ThreeWayMerge {

    /** The keys to take over from the source (a null source value: remove it) and the keys both sides changed. */
    record Result(List<String> apply, List<String> conflicts) {
    }

    private ThreeWayMerge() {
    }

    static Result merge(Optional<Map<String, String>> base, Map<String, String> source, Map<String, String> target) {
        Set<String> keys = new LinkedHashSet<>(source.keySet());
        keys.addAll(target.keySet());
        base.ifPresent(b -> keys.addAll(b.keySet()));
        List<String> apply = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (String key : keys) {
            String s = source.get(key);
            String t = target.get(key);
            if (Objects.equals(s, t)) {
                continue;
            }
            if (base.isEmpty()) {
                if (t == null) {
                    apply.add(key);
                } else if (s != null) {
                    conflicts.add(key);
                }
                continue;
            }
            String b = base.get().get(key);
            if (Objects.equals(s, b)) {
                continue;
            }
            if (Objects.equals(t, b)) {
                apply.add(key);
            } else {
                conflicts.add(key);
            }
        }
        return new Result(apply, conflicts);
    }
}
