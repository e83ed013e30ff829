package com.clearance.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ticket exports saved by Excel (Windows-1252 CSV, UTF-16 "Unicode text") import; a bad path is a plain sentence. */
class ExcelTicketExportsTest {

    private static final String CSV = "Issue key,Summary,Created\r\nAIA-1,\u201CCaf\u00E9\u201D answers are wrong,2026-03-09 14:00\r\n";
    private final TicketCsvReader reader = new TicketCsvReader();

    @Test
    void aWindows1252ExportKeepsItsAccentsAndQuotes(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("excel.csv"), CSV.getBytes(Charset.forName("windows-1252")));

        TicketCsvReader.TicketImport r = reader.read(file, null);

        assertThat(r.tickets()).singleElement().satisfies(t ->
                assertThat(t.summary()).isEqualTo("\u201CCaf\u00E9\u201D answers are wrong"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("read as Windows-1252"));
    }

    @Test
    void aUtf16ExportWithAByteOrderMarkImports(@TempDir Path dir) throws Exception {
        byte[] body = CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path file = Files.write(dir.resolve("unicode.txt"), bytes);

        TicketCsvReader.TicketImport r = reader.read(file, null);

        assertThat(r.layout()).isEqualTo("jira");
        assertThat(r.tickets()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo("AIA-1"));
    }

    @Test
    void aFolderOrAMissingFileIsAPlainSentenceWithoutJavaNames(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir, null)).isInstanceOf(CsvFormatException.class)
                .hasMessageEndingWith(": is a folder, not a CSV file; choose the exported .csv file")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.csv"), null)).isInstanceOf(CsvFormatException.class)
                .hasMessage("gone.csv: there is no such file; check the path");
    }

    @Test
    void anUnbalancedQuoteThatSwallowsTheNextRecordsIsAWarningNamingTheLine() throws Exception {
        String csv = "Issue key,Summary,Created\nAIA-1,\"Refuses to answer,2026-03-09 14:00\nAIA-2,Slow,2026-03-10 09:00\n"
                + "AIA-3,\"Wrong\" answer,2026-03-11 09:00\n";
        TicketCsvReader.TicketImport r = reader.read(new java.io.StringReader(csv), null);

        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 2: a quoted field opened there runs to"
                + " line 4").contains("missing closing quote on line 2"));

        String fine = "Issue key,Summary,Created\nAIA-1,\"Line one\nline two\",2026-03-09 14:00\n";
        assertThat(reader.read(new java.io.StringReader(fine), null).warnings()).isEmpty();
    }

    @Test
    void controlCharactersInAFileNameCannotSplitTheMessage(@TempDir Path dir) {
        String name = "evil\n\u001b[31mred\u202Efdp.csv";

        assertThat(FileNames.shown(name)).isEqualTo("evil\\u000a\\u001b[31mred\\u202efdp.csv");
        assertThat(new ImportException(ImportFailure.CORRUPT, name).getMessage()).doesNotContain("\n", "\u001b", "\u202E")
                .startsWith("evil\\u000a");
    }
}
