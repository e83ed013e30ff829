package com.clearance.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {

    @Test
    void createsAndMigratesANewFileAndReopensIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store");
        try (Database db = Database.open(file)) {
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT info_value FROM app_info WHERE info_key = 'schema'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("clearance");
            }
        }
        assertThat(Files.exists(dir.resolve("store.mv.db"))).isTrue();
        try (Database again = Database.open(file)) {
            assertThat(again.dataSource()).isNotNull();
        }
    }
}
