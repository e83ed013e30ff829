package com.clearance.ingest;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.Finding;
import com.clearance.service.AuditService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One bad byte in a UTF-8 file is repaired where it is; it does not turn the whole file into Windows-1252. */
class TextDecoderTest {

    private static final String CONTRACT = """
            1. Definitions
            \u201CCustomer Data\u201D means all data Customer submits to the Services.
            2. Training
            Provider shall not use Customer Data to train, retrain or improve any model, and Customer\u2019s outputs \
            belong to Customer.
            3. Residency
            Customer Data shall be stored and processed only in the EU \u2014 never elsewhere.
            """;

    private static byte[] withByte(String text, String before, int bad) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(utf8, before.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.write(bad);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    @Test
    void cleanUtf8HasNoWarning() {
        TextDecoder.Decoded d = TextDecoder.decode(CONTRACT.getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo(CONTRACT);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void oneInvalidByteIsReplacedAndEveryCurlyQuoteSurvives() {
        TextDecoder.Decoded d = TextDecoder.decode(withByte(CONTRACT, "Provider shall", 0xFF));

        assertThat(d.text()).isEqualTo(CONTRACT.replace("Provider shall", "\uFFFDProvider shall"));
        assertThat(d.text()).contains("\u201CCustomer Data\u201D", "Customer\u2019s", "EU \u2014 never")
                .doesNotContain("\u00E2\u20AC");
        assertThat(d.warnings()).singleElement().asString()
                .startsWith("1 byte is not valid UTF-8 (the first on line 4)");
    }

    @Test
    void aStrayWindows1252QuoteInUtf8IsReadAsTheQuoteItIs() {
        TextDecoder.Decoded d = TextDecoder.decode(withByte(CONTRACT, "Training", 0x93));

        assertThat(d.text()).contains("2. \u201CTraining", "\u201CCustomer Data\u201D");
        assertThat(d.warnings()).hasSize(1);
    }

    @Test
    void aWholeWindows1252FileIsReadAsWindows1252WithAWarning() {
        String legacy = "\u201CCustomer Data\u201D means data; caf\u00E9 terms \u2014 all of them.";
        TextDecoder.Decoded d = TextDecoder.decode(legacy.getBytes(TextDecoder.WINDOWS_1252));

        assertThat(d.text()).isEqualTo(legacy);
        assertThat(d.warnings()).singleElement().asString().contains("read as Windows-1252");
    }

    @Test
    void theAuditOfAFileWithOneBadByteMatchesTheCleanFileAndSaysWhatWasRepaired(@TempDir Path dir) throws Exception {
        Path clean = Files.write(dir.resolve("clean.txt"), CONTRACT.getBytes(StandardCharsets.UTF_8));
        Path bad = Files.write(dir.resolve("bad.txt"), withByte(CONTRACT, "Customer Data shall", 0xC3));
        AuditService service = new AuditService(AuditService.loadLibrary(null).library());

        ContractDocument cleanDoc = service.read(clean);
        ContractDocument badDoc = service.read(bad);
        AuditResult cleanAudit = service.audit(cleanDoc);
        AuditResult badAudit = service.audit(badDoc);

        assertThat(badDoc.warnings()).singleElement().asString().contains("not valid UTF-8");
        assertThat(badDoc.definedTerms()).extracting(DefinedTerm::term).contains("Customer Data");
        assertThat(badAudit.findings()).extracting(Finding::clauseId, Finding::status)
                .isEqualTo(cleanAudit.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.clauseId(),
                        f.status())).toList());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
