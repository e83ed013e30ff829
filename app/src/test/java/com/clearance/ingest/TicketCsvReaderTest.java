package com.clearance.ingest;

import com.clearance.runbook.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketCsvReaderTest {

    private final TicketCsvReader reader = new TicketCsvReader();

    @Test
    void readsAJiraExportWithQuotedMultiLineFieldsAndCrlf() throws Exception {
        String csv = "\uFEFFIssue key,Summary,Created,Description,Labels,Labels\r\n"
                + "AIA-1,\"Spend, 4x forecast\",04/Mar/26 10:15 AM,\"Line one\r\nLine \"\"two\"\"\",a,b\r\n"
                + "AIA-2,Slow answers,2026-03-09 14:00,,,\r\n";
        TicketCsvReader.TicketImport r = reader.read(new StringReader(csv), null);
        assertThat(r.layout()).isEqualTo("jira");
        assertThat(r.tickets()).hasSize(2);
        Ticket first = r.tickets().get(0);
        assertThat(first.summary()).isEqualTo("Spend, 4x forecast");
        assertThat(first.description()).isEqualTo("Line one\r\nLine \"two\"");
        assertThat(first.created()).isEqualTo(LocalDateTime.of(2026, 3, 4, 10, 15));
        assertThat(r.tickets().get(1).created()).isEqualTo(LocalDateTime.of(2026, 3, 9, 14, 0));
    }

    @Test
    void readsAZendeskExportByItsHeaders() throws Exception {
        String csv = "Id,Subject,Description,Status,Created at\n48001,Refused again,\"It said \"\"I can't help\"\"\",open,2026-03-20T08:05:00Z\n";
        TicketCsvReader.TicketImport r = reader.read(new StringReader(csv), null);
        assertThat(r.layout()).isEqualTo("zendesk");
        assertThat(r.tickets().get(0).id()).isEqualTo("48001");
        assertThat(r.tickets().get(0).description()).isEqualTo("It said \"I can't help\"");
        assertThat(r.tickets().get(0).created()).isEqualTo(LocalDateTime.of(2026, 3, 20, 8, 5));
    }

    @Test
    void otherLayoutsNeedAMappingAndSaySo() throws Exception {
        String csv = "Key;Title;Body;Opened\nX-1;Token usage spike;Lots of tokens;2026-03-04\n";
        assertThatThrownBy(() -> reader.read(new StringReader(csv), null)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("neither a Jira export").hasMessageContaining("--map id=Key");
        ColumnMapping m = ColumnMapping.parse("id=Key,summary=Title,description=Body,created=Opened");
        TicketCsvReader.TicketImport r = reader.read(new StringReader(csv), m);
        assertThat(r.layout()).isEqualTo("mapped");
        assertThat(r.tickets().get(0).summary()).isEqualTo("Token usage spike");
        assertThat(r.tickets().get(0).created()).isEqualTo(LocalDateTime.of(2026, 3, 4, 0, 0));
        assertThatThrownBy(() -> reader.read(new StringReader(csv), ColumnMapping.parse("id=Key,summary=Headline")))
                .hasMessageContaining("no column 'Headline' for the ticket summary");
    }

    @Test
    void badMappingsAreRejectedWithAnExample() {
        assertThatThrownBy(() -> ColumnMapping.parse("summary=Title")).hasMessageContaining("id and summary");
        assertThatThrownBy(() -> ColumnMapping.parse("id=Key,sumary=Title")).hasMessageContaining("unknown field [sumary]");
        assertThatThrownBy(() -> ColumnMapping.parse("id")).hasMessageContaining("is not field=Column");
    }

    @Test
    void rowsWithoutIdAreSkippedAndUnreadableDatesWarned() throws Exception {
        String csv = "Issue key,Summary,Created\n,no key,2026-03-04\nAIA-3,ok,next tuesday\n";
        TicketCsvReader.TicketImport r = reader.read(new StringReader(csv), null);
        assertThat(r.tickets()).extracting(Ticket::id).containsExactly("AIA-3");
        assertThat(r.tickets().get(0).created()).isNull();
        assertThat(r.warnings()).containsExactly("record 2: no ticket id, skipped",
                "AIA-3: created date 'next tuesday' not understood, left empty");
    }

    @Test
    void anUnclosedQuoteAndAnEmptyFileAreTypedErrors(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> reader.read(new StringReader("Issue key,Summary\nA-1,\"never closed\n"), null))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("opened on line 2 is never closed");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> reader.read(empty, null)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("empty.csv: the file is empty");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.csv"), null)).isInstanceOf(CsvFormatException.class)
                .hasMessage("missing.csv: there is no such file; check the path");
    }

    @Test
    void parsesTheCommonDateFormats() {
        assertThat(TicketDates.parse("2026-03-04")).contains(LocalDateTime.of(2026, 3, 4, 0, 0));
        assertThat(TicketDates.parse("2026-03-04 10:15")).contains(LocalDateTime.of(2026, 3, 4, 10, 15));
        assertThat(TicketDates.parse("2026-03-04T10:15:30")).contains(LocalDateTime.of(2026, 3, 4, 10, 15, 30));
        assertThat(TicketDates.parse("04/Mar/26 10:15 AM")).contains(LocalDateTime.of(2026, 3, 4, 10, 15));
        assertThat(TicketDates.parse("04/mar/26 3:05 PM")).contains(LocalDateTime.of(2026, 3, 4, 15, 5));
        assertThat(TicketDates.parse("4 Mar 2026 09:00")).contains(LocalDateTime.of(2026, 3, 4, 9, 0));
        assertThat(TicketDates.parse("2026-03-04 10:15:00 +0100")).contains(LocalDateTime.of(2026, 3, 4, 10, 15));
        assertThat(TicketDates.parse("yesterday")).isEmpty();
        assertThat(TicketDates.parse("  ")).isEmpty();
    }

    @Test
    void tabSeparatedExportsAreRecognised() throws Exception {
        List<List<String>> rows = CsvParser.parse(new StringReader("Id\tSubject\n1\tslow, very slow\n"));
        assertThat(rows.get(1)).containsExactly("1", "slow, very slow");
    }
}
