package com.clearance.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complete PDF ends with "%%EOF" (followed at most by a little padding). PDFBox would happily rebuild a truncated
 * file from what is left and silently lose the rest, so a missing end marker is reported as a damaged file.
 */
final class PdfFileChecks {

    private static final int TAIL = 4096;

    private PdfFileChecks() {
    }

    static void requireReadableWhole(Path file, String name, long maxBytes) throws ImportException {
        long size = FileChecks.requireSize(file, name, maxBytes);
        if (!endsWithEofMarker(file, size)) {
            throw new ImportException(ImportFailure.CORRUPT, name);
        }
    }

    private static boolean endsWithEofMarker(Path file, long size) throws ImportException {
        return read(file, size - Math.min(TAIL, size), (int) Math.min(TAIL, size)).contains("%%EOF");
    }

    /**
     * Whether the last {@code startxref} points at a cross-reference table or stream. When it does not (a file cut
     * short behind a fake end marker, a damaged offset), PDFBox rebuilds the table by scanning and says nothing.
     */
    static boolean xrefIntact(Path file) throws ImportException {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, file.getFileName().toString(), e);
        }
        String tail = read(file, size - Math.min(TAIL, size), (int) Math.min(TAIL, size));
        Matcher m = STARTXREF.matcher(tail);
        long offset = -1;
        while (m.find()) {
            offset = Long.parseLong(m.group(1));
        }
        if (offset < 0 || offset >= size) {
            return false;
        }
        String at = read(file, offset, (int) Math.min(64, size - offset));
        return at.startsWith("xref") || XREF_STREAM.matcher(at).lookingAt();
    }

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
    private static final Pattern XREF_STREAM = Pattern.compile("\\s*\\d+\\s+\\d+\\s+obj");

    private static String read(Path file, long from, int length) throws ImportException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // read it all
            }
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, file.getFileName().toString(), e);
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.ISO_8859_1);
    }
}
