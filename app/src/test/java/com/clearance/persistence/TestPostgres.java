package com.clearance.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for the tests: initdb and pg_ctl from Debian's postgresql package, on a free
 * loopback port, in a folder under the build folder (app/target), started on first use and stopped (and removed) when
 * the test JVM exits. As root it runs as the postgres user (PostgreSQL refuses to run as root). Without the
 * PostgreSQL binaries it is not available and the PostgreSQL variants of the tests skip with {@link #skipReason()};
 * with them, a cluster that does not start is an error, not a skip (set CLEARANCE_TEST_POSTGRES=skip to skip).
 *
 * <p>Every connection uses a password (scram-sha-256), given to the code under test the way users give it: a
 * password file named by {@code org.postgresql.pgpassfile} (the driver's PGPASSFILE), or PGPASSWORD in a child's
 * environment.
 */
public final class TestPostgres {

    public static final String USER = "clearance";
    public static final String PASSWORD = "test-" + Long.toHexString(System.nanoTime());

    private static TestPostgres instance;
    private static String skipReason;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final List<String> runAs;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path folder, Path bin, int port, List<String> runAs) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.runAs = runAs;
    }

    /** The running cluster, started now if needed; null when PostgreSQL is not installed (see skipReason). */
    public static synchronized TestPostgres get() {
        if (instance != null || skipReason != null) {
            return instance;
        }
        if ("skip".equals(System.getenv("CLEARANCE_TEST_POSTGRES"))) {
            skipReason = "CLEARANCE_TEST_POSTGRES=skip: the PostgreSQL variant of this test is skipped";
            return null;
        }
        Path bin = binaries();
        if (bin == null) {
            skipReason = "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH): the"
                    + " PostgreSQL variant of this test is skipped; apt-get install postgresql to run it";
            return null;
        }
        try {
            instance = start(bin);
            return instance;
        } catch (IOException | InterruptedException | SQLException e) {
            throw new IllegalStateException("PostgreSQL is installed (" + bin + ") but the test cluster did not start: "
                    + e.getMessage(), e);
        }
    }

    public static synchronized boolean available() {
        return get() != null;
    }

    public static synchronized String skipReason() {
        get();
        return skipReason;
    }

    public int port() {
        return port;
    }

    /** A new empty database owned by the test user; its name. */
    public String createDatabase() throws SQLException {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    /** A statement run as the cluster's superuser on the {@code postgres} database (or {@code database}). */
    public void admin(String sql) throws SQLException {
        admin("postgres", sql);
    }

    public void admin(String database, String sql) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", PASSWORD);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The URL the code under test is given, in libpq form. */
    public String url(String database) {
        return url(USER, database);
    }

    public String url(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    public TeamDatabaseUrl parsed(String database) {
        return TeamDatabaseUrl.parse(url(database));
    }

    /** A password file (the driver's PGPASSFILE) with one line for this cluster, readable by the user only. */
    public Path passwordFile() {
        return folder.resolve("pgpass");
    }

    private static Path binaries() {
        String explicit = System.getenv("PG_BINDIR");
        if (explicit != null && Files.isExecutable(Path.of(explicit, "initdb"))) {
            return Path.of(explicit);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(TestPostgres::major)).orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            } catch (IOException ignored) {
                // fall back to PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path initdb = Path.of(dir, "initdb");
            if (Files.isExecutable(initdb) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        return null;
    }

    private static int major(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TestPostgres start(Path bin) throws IOException, InterruptedException, SQLException {
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> runAs = root ? List.of("runuser", "-u", serviceUser(), "--") : List.of();
        stopLeftovers(bin, runAs);
        Path folder = folderFor(runAs);
        Path pw = Files.writeString(folder.resolve("pw"), PASSWORD + "\n");
        int port = freePort();
        TestPostgres pg = new TestPostgres(folder, bin, port, runAs);
        pg.run(60, bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", "postgres",
                "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        pg.run(90, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
                folder.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port
                        + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off"
                        + " -c full_page_writes=off -c max_connections=300", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "stop-test-postgres"));
        pg.admin("CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
        Path pgpass = pg.passwordFile();
        Files.writeString(pgpass, "127.0.0.1:" + port + ":*:*:" + PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        return pg;
    }

    /** The folder under the build folder when the service user can write there, else one in the temp folder. */
    private static Path folderFor(List<String> runAs) throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("clearance.repoRoot", "."), "app", "target");
        Path folder = (Files.isDirectory(target) ? target : Path.of("target")).resolve("pg-test-" + ProcessHandle.current().pid())
                .toAbsolutePath();
        Files.createDirectories(folder);
        if (!runAs.isEmpty()) {
            handOver(folder, runAs);
            if (!canWrite(folder, runAs)) {
                deleteTree(folder);
                folder = Files.createTempDirectory("clearance-pg-");
                handOver(folder, runAs);
            }
        }
        return folder;
    }

    private static void handOver(Path folder, List<String> runAs) throws IOException {
        UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(folder, users.lookupPrincipalByName(runAs.get(2)));
    }

    private static boolean canWrite(Path folder, List<String> runAs) throws IOException, InterruptedException {
        List<String> test = new ArrayList<>(runAs);
        test.addAll(List.of("test", "-w", folder.toString()));
        Process p = new ProcessBuilder(test).redirectErrorStream(true).start();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String serviceUser() {
        try {
            Process p = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? "postgres" : "nobody";
        } catch (IOException | InterruptedException e) {
            return "nobody";
        }
    }

    /** Clusters a killed test JVM left running under the build folder are stopped, so they free their memory. */
    private static void stopLeftovers(Path bin, List<String> runAs) {
        Path target = Path.of(System.getProperty("clearance.repoRoot", "."), "app", "target");
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> folders = Files.list(target)) {
            for (Path old : folders.filter(f -> f.getFileName().toString().startsWith("pg-test-")).toList()) {
                if (Files.exists(old.resolve("data/postmaster.pid"))) {
                    new TestPostgres(old, bin, 0, runAs).stop();
                }
                deleteTree(old);
            }
        } catch (IOException ignored) {
            // nothing left over
        }
    }

    private void run(int seconds, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(Arrays.asList(command));
        Path out = Files.createTempFile("pg-cmd", ".txt");
        Process p = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        String output = Files.readString(out);
        Files.deleteIfExists(out);
        if (!done || p.exitValue() != 0) {
            p.destroyForcibly();
            String log = Files.exists(folder.resolve("log")) ? Files.readString(folder.resolve("log")) : "";
            throw new IOException(String.join(" ", command) + " failed: " + output.strip() + " " + log.strip());
        }
    }

    private void stop() {
        try {
            run(60, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } catch (IOException | InterruptedException ignored) {
            // the JVM is exiting; a cluster that would not stop is stopped by the next run (stopLeftovers)
        }
        deleteTree(folder);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the build folder is cleaned by mvn clean
        }
    }
}
