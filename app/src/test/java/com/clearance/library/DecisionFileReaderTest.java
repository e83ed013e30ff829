package com.clearance.library;

import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionFileReaderTest {

    @Test
    void readsOneDecisionPerClause(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("d.yaml"), """
                training-use: {decision: negotiate, note: "Must be fixed", by: Jane, on: 2026-11-26}
                price-change: {decision: ACCEPT}
                """);
        List<Decision> d = DecisionFileReader.read(f);
        assertThat(d).containsExactly(
                new Decision("training-use", DecisionKind.NEGOTIATE, "Must be fixed", "Jane", LocalDate.of(2026, 11, 26)),
                new Decision("price-change", DecisionKind.ACCEPT, "", "", null));
    }

    @Test
    void badEntriesAreNamed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("d.yaml"), "training-use: {decision: maybe}\n");
        assertThatThrownBy(() -> DecisionFileReader.read(f)).isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("d.yaml: 'training-use'").hasMessageContaining("unknown decision 'maybe'");
        Files.writeString(f, "training-use: {decison: waive}\n");
        assertThatThrownBy(() -> DecisionFileReader.read(f)).hasMessageContaining("needs a decision");
        Files.writeString(f, "training-use: {decision: waive, by: x, when: today}\n");
        assertThatThrownBy(() -> DecisionFileReader.read(f)).hasMessageContaining("unknown key 'when'");
        Files.writeString(f, "training-use: {decision: waive, on: yesterday}\n");
        assertThatThrownBy(() -> DecisionFileReader.read(f)).hasMessageContaining("yesterday");
    }
}
