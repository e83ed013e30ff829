package com.clearance.cli;

import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.service.SampleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `audit --db PATH` stores the audit in the database the workbench opens, next to what the window stored. */
class AuditDbOptionTest {

    @Test
    void theCommandLineStoresAuditsInTheSharedDatabase(@TempDir Path dir) throws Exception {
        Path sample = SampleContract.install(dir);
        Path db = dir.resolve("shared.mv.db");
        CommandLine cli = new CommandLine(new ClearanceCommand());
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        int exit = cli.execute("audit", "--db", db.toString(), "--format", "json", sample.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"training-use\"");
        try (Database opened = Database.open(dir.resolve("shared"))) {
            ContractRecord stored = new ContractRepository(opened.dataSource()).findAll().get(0);
            assertThat(stored.documentName()).isEqualTo(SampleContract.FILE_NAME);
            assertThat(stored.vendor()).isEqualTo("Northwind");
            assertThat(new AuditRepository(opened.dataSource()).latest(stored.id()).orElseThrow().result().findings())
                    .hasSizeGreaterThanOrEqualTo(17);
        }
    }

    @Test
    void aDatabaseFolderThatCannotBeCreatedExitsThreeWithAPlainLine(@TempDir Path dir) throws Exception {
        Path blocker = java.nio.file.Files.writeString(dir.resolve("file"), "x");
        CommandLine cli = new CommandLine(new ClearanceCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("audit", "--db", blocker.resolve("sub/db").toString(), SampleContract.install(dir).toString());
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith("Could not create the folder for the database").doesNotContain("Exception");
    }

    @Test
    void aDatabaseWhoseKeyIsLostExitsThreeWithWhatToPutBack(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared");
        Database.open(db).close();
        java.nio.file.Files.delete(dir.resolve("shared.key"));
        CommandLine cli = new CommandLine(new ClearanceCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("audit", "--db", db.toString(), SampleContract.install(dir).toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("shared.key is missing or empty").contains("Put back")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("shared.key")).doesNotExist();
    }
}
