package com.clearance.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a text file, deciding its encoding from the whole file: UTF-16 with a BOM; UTF-8 (with or without BOM) when
 * the file holds UTF-8 characters, repairing only the bytes that are not valid UTF-8; Windows-1252 when it holds
 * bytes outside ASCII and not one UTF-8 character. One bad byte never turns every curly quote of a UTF-8 file into
 * mojibake. Whatever was repaired or guessed comes back as a warning.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char REPLACEMENT = '\uFFFD';

    /** The decoded text and, when the bytes were not clean UTF-8, what was done about it. */
    record Decoded(String text, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private TextDecoder() {
    }

    static Decoded read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, file.getFileName().toString(), e);
        }
        return decode(bytes);
    }

    static Decoded decode(byte[] bytes) {
        if (TextSniffer.hasUtf16Bom(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), List.of());
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int skip = bom ? 3 : 0;
        StringBuilder text = new StringBuilder(bytes.length);
        int invalid = 0;
        int firstInvalidLine = 0;
        boolean anyUtf8 = bom;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            anyUtf8 |= flush(out, text);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    if (invalid++ == 0) {
                        firstInvalidLine = line(text);
                    }
                    text.append(repair(in.get()));
                }
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                flush(out, text);
                break;
            }
        }
        if (invalid == 0) {
            return new Decoded(text.toString(), List.of());
        }
        if (!anyUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), List.of("the file is not UTF-8 (it has " + invalid
                    + " bytes outside ASCII and no UTF-8 character), so it was read as Windows-1252; check accented"
                    + " letters and quotes"));
        }
        return new Decoded(text.toString(), List.of(invalid + (invalid == 1 ? " byte is" : " bytes are")
                + " not valid UTF-8 (the first on line " + firstInvalidLine + "); " + (invalid == 1 ? "it was" : "they were")
                + " read as Windows-1252 punctuation or replaced with \u201C\uFFFD\u201D, and the rest was read as UTF-8"));
    }

    /** Moves decoded characters to {@code text}; true when a character outside ASCII was among them. */
    private static boolean flush(CharBuffer out, StringBuilder text) {
        out.flip();
        boolean nonAscii = false;
        while (out.hasRemaining()) {
            char c = out.get();
            nonAscii |= c > 0x7F;
            text.append(c);
        }
        out.clear();
        return nonAscii;
    }

    /** A stray Windows-1252 quote, dash or ellipsis pasted into UTF-8 is read as such; any other bad byte is "\uFFFD". */
    private static char repair(byte b) {
        int v = b & 0xFF;
        if (v >= 0x80 && v <= 0x9F) {
            char c = new String(new byte[]{b}, WINDOWS_1252).charAt(0);
            return c == REPLACEMENT ? REPLACEMENT : c;
        }
        return REPLACEMENT;
    }

    private static int line(StringBuilder text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        return n;
    }
}
