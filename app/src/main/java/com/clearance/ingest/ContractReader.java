package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;
import com.clearance.text.DocumentStructurer;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a file into a {@link ContractDocument}: checks that the file is there and of a sane size, picks the importer
 * from the file's content (then its name), extracts the text and structures it. Every hard failure is an
 * {@link ImportException} whose message is one plain sentence for the user; the cause goes to the log.
 */
public final class ContractReader {

    /** Files above this size are refused before any parsing (a 1,000-page contract PDF is well below it). */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    static final int PROBE_BYTES = 8192;

    private static final Logger LOG = LoggerFactory.getLogger(ContractReader.class);

    private final ImporterRegistry registry;
    private final DocumentStructurer structurer;
    private final long maxBytes;

    public ContractReader(ImporterRegistry registry, long maxBytes) {
        this.registry = registry;
        this.structurer = new DocumentStructurer();
        this.maxBytes = maxBytes;
    }

    public ContractReader(ImporterRegistry registry) {
        this(registry, DEFAULT_MAX_BYTES);
    }

    /** A reader over {@link ImporterRegistry#defaults()}. */
    public ContractReader() {
        this(ImporterRegistry.defaults());
    }

    public ContractDocument read(Path file) throws ImportException {
        return read(file, WorkProgress.NONE);
    }

    /**
     * Reads with progress: the importer's own steps (PDF pages), then "structuring" (sections and sentences). A
     * {@link WorkCancelledException} thrown by {@code progress} stops the reading and comes out of here unchanged.
     */
    public ContractDocument read(Path file, WorkProgress progress) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(ImportFailure.NOT_FOUND, name);
        }
        FileProbe probe = probe(file, name);
        if (probe.size() == 0) {
            throw new ImportException(ImportFailure.EMPTY, name);
        }
        if (probe.size() > maxBytes) {
            throw FileChecks.tooLarge(name, probe.size(), maxBytes);
        }
        ContractImporter importer = registry.find(probe)
                .orElseThrow(() -> new ImportException(ImportFailure.NOT_A_DOCUMENT, name));
        progress.step(READING, 0, 1);
        ExtractedText extracted = extract(importer, file, name, progress);
        if (extracted.blocks().stream().map(TextBlock::text).allMatch(String::isBlank)) {
            throw new ImportException(ImportFailure.EMPTY, name);
        }
        progress.step(STRUCTURING, 0, 1);
        String sha = sha256(file, name);
        return structurer.structure(extracted, name, sha, progress);
    }

    /** Stage names reported while a file is read (a PDF also reports each page it reads). */
    public static final String READING = "reading the file";
    public static final String STRUCTURING = DocumentStructurer.STAGE;
    public static final String READING_PAGE = com.clearance.ingest.pdf.PdfLineCollector.READING_PAGE;

    /** The file's text blocks as its importer extracted them, before structuring (to print a typed copy of it). */
    public ExtractedText extract(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(ImportFailure.NOT_FOUND, name);
        }
        FileProbe probe = probe(file, name);
        ContractImporter importer = registry.find(probe)
                .orElseThrow(() -> new ImportException(ImportFailure.NOT_A_DOCUMENT, name));
        return extract(importer, file, name, WorkProgress.NONE);
    }

    private static ExtractedText extract(ContractImporter importer, Path file, String name, WorkProgress progress)
            throws ImportException {
        try {
            return importer.extract(file, progress);
        } catch (WorkCancelledException e) {
            throw e;
        } catch (ImportException e) {
            LOG.warn("Import of {} failed: {}", file, e.failure(), e.getCause());
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug or a malformed file the parser did not anticipate: report it as damaged, keep the detail.
            LOG.warn("Importer {} failed on {}", importer.getClass().getSimpleName(), file, e);
            throw new ImportException(ImportFailure.CORRUPT, name, e);
        } catch (OutOfMemoryError e) {
            // What the parser built for this one file is garbage now; the next file starts with the heap free again.
            LOG.warn("Importer {} ran out of memory on {}", importer.getClass().getSimpleName(), file, e);
            throw new ImportException(ImportFailure.TOO_LARGE, name, e);
        }
    }

    static FileProbe probe(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            return new FileProbe(name, size, in.readNBytes(PROBE_BYTES));
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, name, e);
        }
    }

    static String sha256(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
