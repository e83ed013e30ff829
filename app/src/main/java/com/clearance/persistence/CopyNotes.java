package com.clearance.persistence;

import com.clearance.persistence.DatabaseCopy.Conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one copy run changed in rows it copied before (by kind of part: "vendor", "decision", "link"...), the parts
 * it left as the target had them because both sides changed them, and the launches it copied under another name.
 */
final class CopyNotes {

    final Map<String, Integer> updated = new LinkedHashMap<>();
    final List<Conflict> conflicts = new ArrayList<>();
    final Map<String, String> renamedLaunches = new LinkedHashMap<>();

    /** The kind of a part key: "decision training-use" is a "decision". */
    static String kind(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** The part a key names within its row ("training-use" of "decision training-use"; "" for a plain field). */
    static String detail(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(space + 1);
    }

    void updated(String key) {
        updated.merge(kind(key), 1, Integer::sum);
    }

    void conflict(String subject, String key) {
        conflicts.add(new Conflict(subject, kind(key), detail(key)));
    }
}
