package com.clearance.persistence;

import com.clearance.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes storing audits in a database that does not exist yet, at the same moment: both succeed and both
 * audits are stored (before, the second often failed: "it may be in use by an older version or damaged").
 */
class FreshSharedDatabaseTest {

    private static Process audit(Path home, Path db, Path contract, Path err) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "audit", "--db", db.toString(), contract.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        builder.environment().put("CLEARANCE_HOME", home.toString());
        return builder.start();
    }

    @Test
    void twoProcessesOpeningABrandNewDatabaseAtOnceBothStoreTheirAudit(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path one = Files.writeString(dir.resolve("one.txt"), "1. Training\nProvider shall not train on Customer Data.\n");
        Path two = Files.writeString(dir.resolve("two.txt"), "1. Retention\nProvider shall delete Customer Data.\n");
        for (int trial = 0; trial < 2; trial++) {
            Path db = dir.resolve("shared" + trial);
            Process a = audit(home, db, one, dir.resolve("a" + trial + ".err"));
            Process b = audit(home, db, two, dir.resolve("b" + trial + ".err"));
            assertThat(a.waitFor(90, TimeUnit.SECONDS) && b.waitFor(90, TimeUnit.SECONDS)).isTrue();

            assertThat(List.of(a.exitValue(), b.exitValue())).as(Files.readString(dir.resolve("a" + trial + ".err"))
                    + Files.readString(dir.resolve("b" + trial + ".err"))).containsExactly(0, 0);
            try (Database opened = Database.open(db)) {
                assertThat(new ContractRepository(opened.dataSource()).findAll()).hasSize(2);
            }
        }
    }
}
