package com.clearance.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** The name a copied launch gets in the target: its own, or, when someone there has a launch of that name, a marked one. */
final class LaunchNames {

    private static final int MAX = 200;

    private LaunchNames() {
    }

    /** {@code name}, else "NAME (from REVIEWER's file)", else that with " 2", " 3"... until no launch has it. */
    static String free(Connection target, String name, String reviewer) throws SQLException {
        if (!taken(target, name)) {
            return name;
        }
        String mark = " (from " + (reviewer.length() > 60 ? reviewer.substring(0, 60) : reviewer) + "'s file)";
        String marked = name.substring(0, Math.min(name.length(), Math.max(1, MAX - mark.length() - 4))) + mark;
        String candidate = marked;
        for (int n = 2; taken(target, candidate); n++) {
            candidate = marked + " " + n;
        }
        return candidate;
    }

    private static boolean taken(Connection target, String name) throws SQLException {
        return !SqlRunner.query(target, "SELECT 1 FROM launches WHERE name = ?", rs -> 1, name).isEmpty();
    }
}
