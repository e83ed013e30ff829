package com.clearance.persistence;

import java.sql.SQLException;

/** Turns what PostgreSQL or the driver said into one sentence that says what to do. */
final class TeamDatabaseErrors {

    private TeamDatabaseErrors() {
    }

    static String plain(Throwable error, TeamDatabaseUrl url) {
        SQLException sql = firstSql(error);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String text = String.valueOf(sql == null ? error.getMessage() : sql.getMessage());
        String where = url.server();
        if (state.equals("28P01")) {
            return "PostgreSQL at " + where + " refused the password of " + url.user() + ": check PGPASSWORD or the"
                    + " line for this database in ~/.pgpass";
        }
        if (text.contains("no password was provided") || text.contains("password-based authentication")) {
            return "PostgreSQL at " + where + " wants a password for " + url.user() + ": set PGPASSWORD or add the"
                    + " line " + url.host() + ":" + url.port() + ":" + url.database() + ":" + url.user()
                    + ":PASSWORD to ~/.pgpass";
        }
        if (state.equals("3D000")) {
            return "There is no database " + url.database() + " on " + where + "; create it once with: createdb -h "
                    + url.host() + " -p " + url.port() + " -O " + url.user() + " " + url.database();
        }
        if (state.equals("28000")) {
            return "PostgreSQL at " + where + " does not let " + url.user() + " connect to " + url.database()
                    + " from this computer; ask its administrator to allow it (pg_hba.conf) or check the user name";
        }
        if (state.equals("42501")) {
            return "The team database " + url.database() + " needs Clearance's tables (first connect or a newer"
                    + " Clearance) and " + url.user() + " may not create them: connect once as the database's owner,"
                    + " or have the owner run GRANT CREATE ON SCHEMA public TO " + url.user();
        }
        if (text.contains("does not support SSL")) {
            return "PostgreSQL at " + where + " does not offer SSL, but the URL asks for sslmode="
                    + url.options().getOrDefault("sslmode", "require");
        }
        if (state.startsWith("08") || text.contains("Connection refused") || text.contains("UnknownHost")) {
            return "No PostgreSQL server answers at " + where + ": check the host and port, and that the server"
                    + " accepts connections from this computer";
        }
        return "The team database " + url.database() + " on " + where + " could not be used; see the log for details";
    }

    private static SQLException firstSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
