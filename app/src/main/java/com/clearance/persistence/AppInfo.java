package com.clearance.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Facts about the database itself, kept in app_info: its identity, which {@code db copy} uses to copy once. */
final class AppInfo {

    private static final String DATABASE_ID = "database_id";

    private AppInfo() {
    }

    /** The database's random identity, made on first open (in Java: there is no portable SQL for it). */
    static String ensureDatabaseId(Connection c) throws SQLException {
        List<String> found = SqlRunner.query(c, "SELECT info_value FROM app_info WHERE info_key = ?",
                rs -> rs.getString(1), DATABASE_ID);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String id = UUID.randomUUID().toString();
        try {
            SqlRunner.update(c, "INSERT INTO app_info (info_key, info_value) VALUES (?, ?)", DATABASE_ID, id);
            return id;
        } catch (SQLException raced) {
            // another process made it first: theirs stands
            return SqlRunner.query(c, "SELECT info_value FROM app_info WHERE info_key = ?", rs -> rs.getString(1),
                    DATABASE_ID).get(0);
        }
    }

    static String databaseId(Connection c) throws SQLException {
        return ensureDatabaseId(c);
    }
}
