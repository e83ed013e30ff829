package com.clearance.app;

import com.clearance.service.ProgressListener;
import com.clearance.service.Workbench;
import com.clearance.ui.AuditViewModel;
import com.clearance.ui.ContractsViewModel;
import com.clearance.ui.ImportItem;
import com.clearance.ui.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's import with the real reader and engine: a file that does not look like an agreement is read but not
 * stored, says why, and is stored only when the user imports it anyway; then it shows no score and says why.
 */
class NotAnAgreementImportTest {

    @TempDir
    Path dir;
    private Workbench workbench;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        workbench = WorkbenchAssembly.open(dir, dir.resolve("clearance"), null);
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void aNonAgreementIsKeptOutUntilTheUserInsists() throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), "hello you");
        Path terms = Files.writeString(dir.resolve("acme-terms.txt"), "1. Training\nAcme shall not train on Customer Data.\n");
        ContractsViewModel vm = new ContractsViewModel(workbench, new SynchronousTasks(), errors::add);
        List<Long> opened = new ArrayList<>();
        vm.setOnImported(opened::add);

        vm.importFiles(List.of(note, terms));

        ImportItem refused = vm.imports().get(0);
        assertThat(refused.stageProperty().get()).isEqualTo(ProgressListener.Stage.REFUSED);
        assertThat(refused.messageProperty().get()).isEqualTo("note.txt: this does not look like an agreement"
                + " (1 sentence, no obligations found); it was not added (import it anyway if it is one)");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 imported, 1 does not look like an agreement (not added)");
        assertThat(vm.allRows()).extracting(r -> r.document()).containsExactly("acme-terms.txt");

        vm.importAnyway(refused);

        assertThat(refused.stageProperty().get()).isEqualTo(ProgressListener.Stage.DONE);
        assertThat(vm.allRows()).extracting(r -> r.document()).containsExactlyInAnyOrder("acme-terms.txt", "note.txt");
        var noteRow = vm.allRows().stream().filter(r -> r.document().equals("note.txt")).findFirst().orElseThrow();
        assertThat(noteRow.score()).as("not scored").isEqualTo(-1);

        AuditViewModel audit = new AuditViewModel(workbench, new SynchronousTasks(), errors::add);
        audit.open(noteRow.id());
        assertThat(audit.scoreText()).isEqualTo("–");
        assertThat(audit.importWarningsProperty().get()).startsWith("Not scored: this does not look like an agreement"
                + " (1 sentence, no obligations found). It was kept because it was imported anyway");
    }
}
