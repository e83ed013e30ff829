package com.clearance.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key of an existing database lost, emptied, replaced or unreadable: a plain sentence saying what to put back,
 * no new key written over the old one, no empty database made in its place; the data opens again once the key is back.
 */
class LostKeyTest {

    @TempDir
    Path dir;

    private Path databaseWithOneRow() throws Exception {
        Path file = dir.resolve("store");
        try (Database db = Database.open(file); Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("INSERT INTO app_info (info_key, info_value) VALUES ('probe', 'kept')");
            c.commit();
        }
        return file;
    }

    private static String probe(Path file) throws Exception {
        try (Database db = Database.open(file); Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT info_value FROM app_info WHERE info_key = 'probe'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void aMissingKeyIsAPlainSentenceAndNoNewKeyIsWritten() throws Exception {
        Path file = databaseWithOneRow();
        Path key = dir.resolve("store.key");
        String saved = Files.readString(key);
        Files.delete(key);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains("store.key is missing or empty").contains("Put back the store.key")
                        .contains("Nothing was changed").doesNotContain("Exception").doesNotContain("28000"));
        assertThat(key).doesNotExist();
        assertThatThrownBy(() -> Database.open(file)).as("still refused: no empty database was made in its place")
                .isInstanceOf(StoreException.class);

        Files.writeString(key, saved);
        assertThat(probe(file)).isEqualTo("kept");
    }

    @Test
    void anEmptiedKeyIsNotOverwritten() throws Exception {
        Path file = databaseWithOneRow();
        Path key = dir.resolve("store.key");
        String saved = Files.readString(key);
        Files.writeString(key, "");

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains("is missing or empty"));
        assertThat(Files.readString(key)).isEmpty();

        Files.writeString(key, saved);
        assertThat(probe(file)).isEqualTo("kept");
    }

    @Test
    void anotherDatabasesKeyDoesNotMatch() throws Exception {
        Path file = databaseWithOneRow();
        Path key = dir.resolve("store.key");
        Files.writeString(key, "00112233445566778899aabbccddeeff0011223344556677\n");

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains("store.key does not match it").contains("Put back"));
        assertThat(Files.readString(key)).startsWith("0011");
    }

    @Test
    void anUnreadableKeyFileSaysHowToMakeItReadable() throws Exception {
        Path file = databaseWithOneRow();
        Path key = dir.resolve("store.key");
        Files.delete(key);
        Files.createDirectory(key); // unreadable as a file even for root, who ignores chmod 000

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains("store.key cannot be read").contains("chmod 600 store.key")
                        .contains("nothing was changed"));
        assertThat(key).isDirectory();
    }

    @Test
    void aNewDatabaseStillGetsItsKey() throws Exception {
        Path file = dir.resolve("fresh");
        try (Database db = Database.open(file)) {
            assertThat(db.dataSource()).isNotNull();
        }
        assertThat(Files.readString(dir.resolve("fresh.key")).strip()).matches("[0-9a-f]{48}");
    }
}
