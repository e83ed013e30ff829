package com.clearance.cli;

import com.clearance.persistence.TestDatabases;
import com.clearance.service.SampleContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** contracts list|show|rename|delete and decide, on the H2 file and on a team database. */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class TeamCommandsTest {

    @Parameter
    TestDatabases.Backend backend;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aContractIsListedDecidedOnShownRenamedAndDeletedFromTheCommandLine(@TempDir Path dir) throws Exception {
        String db = TestDatabases.create(backend, dir).dbOption();
        Path sample = SampleContract.install(dir);
        assertThat(run("audit", "--db", db, "--format", "json", sample.toString())).isZero();

        assertThat(run("contracts", "list", "--db", db, "--format", "json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(1);
        long id = list.get(0).get("id").asLong();
        assertThat(list.get(0).get("vendor").asText()).isEqualTo("Northwind");
        assertThat(list.get(0).get("score").asInt()).isBetween(0, 100);

        assertThat(run("decide", "Northwind", "training-use", "--kind", "negotiate", "--note", "opt-in only",
                "--by", "Dana", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Recorded negotiate on Northwind · training-use by Dana (version 1).");

        assertThat(run("decide", String.valueOf(id), "training-use", "--kind", "accept", "--by", "Lee",
                "--if-version", "0", "--db", db)).isEqualTo(4);
        assertThat(err.toString().strip()).matches("clearance: Dana changed this finding at \\d\\d:\\d\\d: reload to see it");

        assertThat(run("decide", "Northwind", "no-such-clause", "--kind", "accept", "--by", "Lee", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("has no finding 'no-such-clause'; its clauses are").contains("training-use");
        assertThat(run("decide", "Northwind", "training-use", "--kind", "maybe", "--by", "Lee", "--db", db)).isEqualTo(2);

        assertThat(run("contracts", "show", SampleContract.FILE_NAME, "--db", db, "--format", "json")).isZero();
        JsonNode shown = new ObjectMapper().readTree(out.toString());
        JsonNode training = null;
        for (JsonNode f : shown.get("findings")) {
            if (f.get("clause").asText().equals("training-use")) {
                training = f;
            }
        }
        assertThat(training).isNotNull();
        assertThat(training.get("decision").get("kind").asText()).isEqualTo("negotiate");
        assertThat(training.get("decision").get("by").asText()).isEqualTo("Dana");
        assertThat(training.get("version").asInt()).isEqualTo(1);

        assertThat(run("contracts", "rename", String.valueOf(id), "Northwind Analytics", "--by", "Kim", "--db", db)).isZero();
        assertThat(out.toString()).contains("from Northwind to Northwind Analytics");
        assertThat(run("contracts", "delete", "Northwind Analytics", "--by", "Kim", "--db", db)).isZero();
        assertThat(run("contracts", "list", "--db", db, "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
        assertThat(run("contracts", "show", String.valueOf(id), "--db", db)).isEqualTo(3);
        assertThat(err.toString()).contains("was deleted").doesNotContain("Exception");
    }
}
