package com.clearance.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamDatabaseUrlTest {

    @Test
    void readsTheLibpqFormWithItsDefaultsAndOptions() {
        TeamDatabaseUrl url = TeamDatabaseUrl.parse("postgresql://dana@db.example.org:6543/clearance?sslmode=require");
        assertThat(url.user()).isEqualTo("dana");
        assertThat(url.host()).isEqualTo("db.example.org");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("clearance");
        assertThat(url.options()).containsExactly(Map.entry("sslmode", "require"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/clearance");
        assertThat(url.driverProperties(null)).containsEntry("sslmode", "require").containsEntry("user", "dana")
                .doesNotContainKey("password");
        assertThat(url).hasToString("postgresql://dana@db.example.org:6543/clearance?sslmode=require");

        TeamDatabaseUrl bare = TeamDatabaseUrl.parse("postgres://lee@localhost");
        assertThat(bare.port()).isEqualTo(5432);
        assertThat(bare.database()).isEqualTo("lee");
    }

    @Test
    void aPasswordInTheUrlAnUnknownOptionAndABadPortAreRefusedPlainly() {
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://dana:secret@db/clearance"))
                .hasMessageContaining("contains a password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://dana@db/clearance?password=secret"))
                .hasMessageContaining("contains a password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://dana@db/clearance?target_session_attrs=any"))
                .hasMessageContaining("Unknown option 'target_session_attrs'");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://dana@db:99999/clearance"))
                .hasMessageContaining("'99999' is not a port number");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://dana@db/clearance?sslmode=always"))
                .hasMessageContaining("sslmode 'always'");
        assertThatThrownBy(() -> Database.open("postgresql://dana:pw@db/clearance"))
                .isInstanceOf(StoreException.class).hasMessageContaining("PGPASSWORD");
    }

    @Test
    void thePasswordComesFromPgpasswordElseThePasswordFile(@TempDir Path dir) throws Exception {
        TeamDatabaseUrl url = TeamDatabaseUrl.parse("postgresql://dana@db.example.org:5432/clearance");
        assertThat(TeamPassword.find(url, name -> name.equals("PGPASSWORD") ? "from-env" : null)).isEqualTo("from-env");

        Path pgpass = Files.writeString(dir.resolve("pgpass"), "other.host:5432:*:dana:wrong\n"
                + "db.example.org:5432:clearance:dana:from\\:file\n");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertThat(TeamPassword.find(url, name -> null)).isEqualTo("from:file");
            assertThat(TeamPassword.find(TeamDatabaseUrl.parse("postgresql://kim@db.example.org/clearance"), n -> null))
                    .isNull();
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }
}
