package com.clearance.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesTheWholeFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        AtomicFileWriter.write(target, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("complete");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void anExporterThatFailsMidwayLeavesNoTargetAndNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        ReportExporter<String> failing = new ReportExporter<>() {
            @Override
            public void export(String input, java.io.OutputStream out) throws IOException {
                out.write(new byte[100_000]);
                throw new IOException("renderer broke");
            }

            @Override
            public String extension() {
                return "pdf";
            }
        };
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> failing.export("x", out)))
                .isInstanceOf(ReportWriteException.class).hasMessageContaining("renderer broke");
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aFailedRewriteKeepsThePreviousFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bad data");
        })).isInstanceOf(ReportWriteException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFullDiskGetsAPlainMessage(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(ReportWriteException.class)
                .hasMessage("Could not write the report to " + target.toAbsolutePath() + ": the disk is full. Free some space or choose another folder.");
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Path target = dir.resolve("nope").resolve("report.pdf");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(ReportWriteException.class).hasMessageContaining("does not exist");
    }
}
