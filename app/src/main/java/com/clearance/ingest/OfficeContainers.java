package com.clearance.ingest;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Tells apart what can sit behind a .docx name: a real OOXML zip, a password-protected Word file (Word wraps those
 * in an OLE2 container with an EncryptionInfo stream), a legacy .doc, or something else entirely.
 */
final class OfficeContainers {

    static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OfficeContainers() {
    }

    /** Passes a readable zip holding Word parts; a damaged zip is CORRUPT, another kind of zip NOT_A_DOCUMENT. */
    static void requireWordZip(Path file, String name, long maxExpandedBytes) throws ImportException {
        byte[] head = readHead(file, name);
        if (DocxImporter.isZip(head)) {
            requireWordParts(file, name, maxExpandedBytes);
            return;
        }
        if (head.length >= OLE2_MAGIC.length && Arrays.equals(Arrays.copyOf(head, OLE2_MAGIC.length), OLE2_MAGIC)) {
            throw new ImportException(isEncrypted(file) ? ImportFailure.ENCRYPTED : ImportFailure.NOT_A_DOCUMENT, name);
        }
        throw new ImportException(ImportFailure.NOT_A_DOCUMENT, name);
    }

    /**
     * The Word parts' XML, as the zip directory gives its expanded size, must fit what the importer can hold: a file
     * within the size caps whose document.xml expands to 95 MB would otherwise take gigabytes of heap.
     */
    private static void requireWordParts(Path file, String name, long maxExpandedBytes) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean word = zip.stream().anyMatch(e -> e.getName().startsWith("word/"));
            if (zip.getEntry("[Content_Types].xml") == null || !word) {
                throw new ImportException(ImportFailure.NOT_A_DOCUMENT, name);
            }
            long expanded = zip.stream().filter(e -> e.getName().startsWith("word/") && e.getName().endsWith(".xml"))
                    .mapToLong(e -> Math.max(0, e.getSize())).sum();
            if (expanded > maxExpandedBytes) {
                throw new ImportException(ImportFailure.TOO_LARGE, name, "its text expands to " + megabytes(expanded)
                        + " MB, more than Clearance can hold in memory (" + megabytes(maxExpandedBytes) + " MB); split"
                        + " it into smaller files or start Clearance with a larger -Xmx");
            }
        } catch (IOException e) {
            // ZipException included: a cut or damaged zip has no readable central directory
            throw new ImportException(ImportFailure.CORRUPT, name, e);
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, (bytes + 512 * 1024) / (1024 * 1024));
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] readHead(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, name, e);
        }
    }
}
