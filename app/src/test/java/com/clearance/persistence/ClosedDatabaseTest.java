package com.clearance.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The database is not a network server: loopback only, a random password in a user-only key file, private files. */
class ClosedDatabaseTest {

    private static JdbcDataSource raw(Path file, String password) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE");
        ds.setUser("clearance");
        ds.setPassword(password);
        return ds;
    }

    @Test
    void anEmptyPasswordNoLongerOpensItAndTheKeyIsReadableByTheUserOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store");
        try (Database db = Database.open(file)) {
            assertThat(db.dataSource()).isNotNull();
        }
        Path key = dir.resolve("store.key");
        assertThat(Files.readString(key).strip()).matches("[0-9a-f]{48}");
        assertThatThrownBy(() -> raw(file, "").getConnection().close()).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        try (Connection c = raw(file, Files.readString(key).strip()).getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        assumeTrue(UserOnlyFiles.posix());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("store.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDatabaseFromBeforeKeysIsOpenedAndGetsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old");
        try (Connection c = raw(file, "").getConnection()) {
            // a Clearance database as earlier versions made it: migrated, empty password, one row
            org.flywaydb.core.Flyway.configure().dataSource(raw(file, "")).locations("classpath:db/migration").load().migrate();
            c.createStatement().execute("INSERT INTO app_info (info_key, info_value) VALUES ('probe', 'kept')");
        }

        try (Database db = Database.open(file); Connection c = db.dataSource().getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT info_value FROM app_info WHERE info_key = 'probe'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.dataSource()).isNotNull();
        }
        assertThatThrownBy(() -> raw(file, "").getConnection().close()).isInstanceOf(SQLException.class);
    }

    @Test
    void newFoldersForTheDataAreReadableByTheUserOnly(@TempDir Path dir) throws Exception {
        assumeTrue(UserOnlyFiles.posix());
        Path folder = UserOnlyFiles.createFolder(dir.resolve("data/clearance"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void theSharingServerListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store");
        try (Database db = Database.open(file)) {
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("store.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(local.isConnected()).isTrue();
            }
            InetAddress outside = nonLoopbackAddress();
            assumeTrue(outside != null, "this machine has no network address other than loopback");
            assertThatThrownBy(() -> new Socket(outside, port).close()).isInstanceOf(ConnectException.class);
        }
    }

    private static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }
}
