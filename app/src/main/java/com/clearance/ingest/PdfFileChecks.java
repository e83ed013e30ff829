package com.clearance.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        int length = (int) Math.min(TAIL, size);
        ByteBuffer tail = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // read the whole tail
            }
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, file.getFileName().toString(), e);
        }
        return new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
