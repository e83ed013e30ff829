package com.clearance.persistence;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A team database named the way PostgreSQL users write it (libpq's URI form):
 * {@code postgresql://USER@HOST:PORT/DBNAME?sslmode=require}. A password in the URL is refused: it would end up in
 * preferences, shell history and logs; PGPASSWORD or ~/.pgpass supply it instead.
 */
public record TeamDatabaseUrl(String user, String host, int port, String database, Map<String, String> options) {

    public static final int DEFAULT_PORT = 5432;
    /** libpq options Clearance passes on to the driver (libpq name → pgjdbc property). */
    private static final Map<String, String> OPTIONS = Map.of("sslmode", "sslmode", "sslrootcert", "sslrootcert",
            "sslcert", "sslcert", "sslkey", "sslkey", "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName");
    public static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public TeamDatabaseUrl {
        options = Map.copyOf(options);
    }

    /** True when {@code target} is a PostgreSQL URL rather than a database file path. */
    public static boolean looksLikeUrl(String target) {
        return target != null && (target.startsWith("postgresql://") || target.startsWith("postgres://"));
    }

    public static TeamDatabaseUrl parse(String text) {
        if (!looksLikeUrl(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a PostgreSQL URL; write it as"
                    + " postgresql://USER@HOST:PORT/DBNAME");
        }
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = System.getProperty("user.name", "postgres");
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            if (userInfo.contains(":")) {
                throw new IllegalArgumentException("The database URL contains a password; remove it and set PGPASSWORD"
                        + " or add it to ~/.pgpass (Clearance never stores a password)");
            }
            if (!userInfo.isEmpty()) {
                user = decode(userInfo);
            }
            rest = rest.substring(at + 1);
        }
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            port = port(rest.substring(colon + 1));
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        String database = path.isEmpty() ? user : decode(path);
        return new TeamDatabaseUrl(user, host, port, database, options(query));
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a port number (1-65535) in the database URL");
    }

    private static Map<String, String> options(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals("password")) {
                throw new IllegalArgumentException("The database URL contains a password; remove it and set PGPASSWORD"
                        + " or add it to ~/.pgpass (Clearance never stores a password)");
            }
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "' in the database URL; Clearance"
                        + " understands " + String.join(", ", OPTIONS.keySet().stream().sorted().toList()));
            }
            if (name.equals("sslmode") && !SSL_MODES.contains(value)) {
                throw new IllegalArgumentException("sslmode '" + value + "' is not one of disable, allow, prefer,"
                        + " require, verify-ca, verify-full");
            }
            out.put(name, value);
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + encode(database);
    }

    /** Driver properties: the user, the options given, and the password when there is one. */
    public Properties driverProperties(String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        options.forEach((k, v) -> p.setProperty(OPTIONS.get(k), v));
        p.putIfAbsent("ApplicationName", "Clearance");
        p.putIfAbsent("connectTimeout", "10");
        return p;
    }

    /** Host and port as a person reads them, e.g. {@code db.example.org:5432}. */
    public String server() {
        return host + ":" + port;
    }

    /** The URL in libpq form, never with a password (safe to remember and to log). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(encode(user)).append('@').append(host).append(':')
                .append(port).append('/').append(encode(database));
        String sep = "?";
        for (Map.Entry<String, String> e : options.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = "&";
        }
        return s.toString();
    }
}
