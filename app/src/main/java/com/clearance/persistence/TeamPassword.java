package com.clearance.persistence;

import org.postgresql.jdbcurlresolver.PgPassParser;

import java.util.function.Function;

/**
 * Finds the password the way PostgreSQL's own tools do: the PGPASSWORD variable, else the first matching line of
 * the password file (PGPASSFILE, else ~/.pgpass, on Windows %APPDATA%\postgresql\pgpass.conf; read by the driver's
 * parser). Null when neither has one: the server may not need a password. Clearance never writes it anywhere.
 */
public final class TeamPassword {

    private TeamPassword() {
    }

    public static String find(TeamDatabaseUrl url) {
        return find(url, System::getenv);
    }

    static String find(TeamDatabaseUrl url, Function<String, String> environment) {
        String fromEnvironment = environment.apply("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return PgPassParser.getPassword(url.host(), String.valueOf(url.port()), url.database(), url.user());
    }
}
