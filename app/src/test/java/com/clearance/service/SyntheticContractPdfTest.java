package com.clearance.service;

import com.clearance.ingest.PdfImporter;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticContractPdfTest {

    @Test
    void theGeneratedContractReadsBackCleanly(@TempDir Path dir) throws Exception {
        Path file = new SyntheticContractPdf().write(dir.resolve("long.pdf"), 12);

        ExtractedText text = new PdfImporter().extract(file);

        assertThat(text.pageCount()).isEqualTo(12);
        assertThat(text.blocks()).extracting(TextBlock::page).contains(1, 6, 12);
        assertThat(text.blocks()).extracting(TextBlock::text)
                .noneMatch(t -> t.contains("AGREEMENT - CONFIDENTIAL") || t.matches(".*Page \\d+ of 12.*"))
                .anyMatch(t -> t.startsWith("ARTICLE 2 - "))
                .anyMatch(t -> t.matches("2\\.1 [A-Z].*"))
                .anyMatch(t -> t.startsWith("(b) "));
        // words the generator split at line ends are whole again; only the real compounds keep a hyphen
        Matcher hyphenated = Pattern.compile("[A-Za-z]+-[A-Za-z]+").matcher(
                String.join(" ", text.blocks().stream().map(TextBlock::text).toList()));
        while (hyphenated.find()) {
            assertThat(hyphenated.group()).isIn(Set.of("seventy-two", "third-party"));
        }
    }
}
