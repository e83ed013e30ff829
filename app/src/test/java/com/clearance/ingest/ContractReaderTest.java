package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractReaderTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};

    @TempDir
    Path dir;

    private final ContractReader reader = new ContractReader();

    private void assertFailure(Path file, ImportFailure failure) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.fileName()).isEqualTo(file.getFileName().toString());
                    assertThat(e.getMessage()).startsWith(file.getFileName() + ": ").doesNotContain("\n")
                            .doesNotContain("Exception");
                });
    }

    @Test
    void missingFileIsNotFound() {
        assertFailure(dir.resolve("nowhere.txt"), ImportFailure.NOT_FOUND);
    }

    @Test
    void directoryIsNotFound() throws Exception {
        assertFailure(Files.createDirectory(dir.resolve("folder.md")), ImportFailure.NOT_FOUND);
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        assertFailure(Files.write(dir.resolve("empty.txt"), new byte[0]), ImportFailure.EMPTY);
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        assertFailure(Files.writeString(dir.resolve("blank.md"), " \n\n\t \n"), ImportFailure.EMPTY);
    }

    @Test
    void pngRenamedTxtIsNotADocument() throws Exception {
        byte[] png = new byte[2048];
        new Random(7).nextBytes(png);
        System.arraycopy(PNG_HEAD, 0, png, 0, PNG_HEAD.length);
        assertFailure(Files.write(dir.resolve("scan.txt"), png), ImportFailure.NOT_A_DOCUMENT);
    }

    @Test
    void randomBytesAreNotADocumentWhateverTheirName() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertFailure(Files.write(dir.resolve("contract.docx"), noise), ImportFailure.NOT_A_DOCUMENT);
        assertFailure(Files.write(dir.resolve("contract.txt"), noise), ImportFailure.NOT_A_DOCUMENT);
        assertFailure(Files.write(dir.resolve("contract.md"), noise), ImportFailure.NOT_A_DOCUMENT);
    }

    @Test
    void aFileOverTheCapSaysBothSizesAndWhatToDoNotToRaiseALimitNoSettingRaises() throws Exception {
        Path file = Files.write(dir.resolve("long-scan.pdf"), new byte[3 * 1024 * 1024]);
        ContractReader small = new ContractReader(ImporterRegistry.defaults(), 2L * 1024 * 1024);

        assertThatThrownBy(() -> small.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
            assertThat(e.getMessage()).startsWith("long-scan.pdf: it is 3 MB, more than the 2 MB Clearance reads in one"
                    + " file; split it into smaller files").doesNotContain("raise the limit");
        });
    }

    @Test
    void fileAboveTheLimitIsTooLargeBeforeAnyParsing() throws Exception {
        Path file = Files.writeString(dir.resolve("huge.txt"), "1. Term. ".repeat(200));
        ContractReader small = new ContractReader(ImporterRegistry.defaults(), 1000);
        assertThatThrownBy(() -> small.read(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE));
    }

    @Test
    void importerCrashBecomesCorruptWithTheCauseKept() throws Exception {
        ContractImporter broken = new ContractImporter() {
            public DocumentFormat format() { return DocumentFormat.PDF; }
            public boolean accepts(FileProbe probe) { return probe.startsWith("%PDF"); }
            public com.clearance.text.ExtractedText extract(Path file) { throw new IllegalStateException("boom"); }
        };
        Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 truncated");
        ContractReader withBroken = new ContractReader(ImporterRegistry.defaults().withFirst(broken));
        assertThatThrownBy(() -> withBroken.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.CORRUPT);
            assertThat(e.getCause()).hasMessage("boom");
        });
    }

    @Test
    void htmlIsChosenByContentEvenWhenNamedTxt() throws Exception {
        Path file = Files.writeString(dir.resolve("saved-page.txt"),
                "<!DOCTYPE html><html><body><nav>Home</nav><h1>Terms</h1><p>1.1 Scope. It applies.</p></body></html>");
        ContractDocument doc = reader.read(file);
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.text()).doesNotContain("Home").contains("Terms");
    }

    @Test
    void markdownAndTextAreChosenByExtension() throws Exception {
        assertThat(reader.read(Files.writeString(dir.resolve("a.md"), "# Terms\n\nText.")).format())
                .isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(reader.read(Files.writeString(dir.resolve("a.txt"), "# Terms\n\nText.")).format())
                .isEqualTo(DocumentFormat.TEXT);
        assertThat(reader.read(Files.writeString(dir.resolve("no-extension"), "Terms.\n\nText.")).format())
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void windows1252AndUtf16AreDecoded() throws Exception {
        Path cp1252 = Files.write(dir.resolve("legacy.txt"),
                "\u201CFees\u201D means the amounts due \u2013 in \u20AC.".getBytes(Charset.forName("windows-1252")));
        ContractDocument legacy = reader.read(cp1252);
        assertThat(legacy.text()).isEqualTo("\u201CFees\u201D means the amounts due \u2013 in \u20AC.");
        assertThat(legacy.definedTerms()).extracting(t -> t.term()).containsExactly("Fees");

        byte[] utf16 = "\uFEFF1. Scope. This applies.".getBytes(StandardCharsets.UTF_16LE);
        Path wide = Files.write(dir.resolve("wide.txt"), utf16);
        assertThat(reader.read(wide).sections()).extracting(s -> s.number()).containsExactly("1");
    }

    @Test
    void documentCarriesNameHashAndStructure() throws Exception {
        Path file = Files.writeString(dir.resolve("terms.txt"), "1. Scope\n\n1.1 Use. Customer may use it.\n");
        ContractDocument doc = reader.read(file);
        assertThat(doc.name()).isEqualTo("terms.txt");
        assertThat(doc.sha256()).hasSize(64).isEqualTo(ContractReader.sha256(file, "terms.txt"));
        assertThat(doc.sha256()).isEqualTo("%064x".formatted(new java.math.BigInteger(1,
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))));
        assertThat(doc.sections()).extracting(s -> s.number()).isEqualTo(List.of("1", "1.1"));
        assertThat(doc.pageCount()).isEqualTo(1);
    }
}
