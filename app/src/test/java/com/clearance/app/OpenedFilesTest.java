package com.clearance.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpenedFilesTest {

    private static final Set<String> COMMANDS = Set.of("audit", "import");

    @Test
    void filesFromTheFileManagerOpenTheWindow(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("terms.pdf"), "x");
        Path docx = Files.writeString(dir.resolve("dpa.docx"), "x");
        assertThat(OpenedFiles.from(new String[] {pdf.toString(), docx.toUri().toString()}, COMMANDS))
                .containsExactly(pdf.toAbsolutePath(), docx.toAbsolutePath());
    }

    @Test
    void aCommandLineIsNotFiles(@TempDir Path dir) throws Exception {
        Path audit = Files.writeString(dir.resolve("audit"), "x");
        Path pdf = Files.writeString(dir.resolve("terms.pdf"), "x");
        assertThat(OpenedFiles.from(new String[] {"audit", pdf.toString()}, COMMANDS)).isEmpty();
        assertThat(OpenedFiles.from(new String[] {pdf.toString(), "--format", "json"}, COMMANDS)).isEmpty();
        assertThat(OpenedFiles.from(new String[] {dir.resolve("missing.pdf").toString()}, COMMANDS)).isEmpty();
        assertThat(OpenedFiles.from(new String[] {"--version"}, COMMANDS)).isEmpty();
        assertThat(audit).exists();
    }
}
