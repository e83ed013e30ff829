package com.clearance.ingest;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Damaged PDFs for tests, made from whole ones we write: page content streams with flipped bytes, a file cut short
 * with a fake end marker, a cross-reference offset that points nowhere.
 */
public final class DamagedPdfs {

    private DamagedPdfs() {
    }

    /** {@code pages} pages of numbered contract sentences, saved without object streams (a classic xref table). */
    public static byte[] whole(int pages) throws IOException {
        List<List<String>> body = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<String> lines = new ArrayList<>();
            lines.add(p + ". Clause number " + p);
            for (int i = 1; i <= 12; i++) {
                lines.add("The Supplier shall keep obligation " + p + "." + i + " for the whole term of this Agreement.");
            }
            body.add(lines);
        }
        try (PDDocument doc = TestPdfs.document(body, null, null); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Flips bytes in the middle of the content stream of every page {@code damaged} accepts (1-based). */
    public static byte[] flipContentBytes(byte[] pdf, IntPredicate damaged) {
        byte[] out = pdf.clone();
        List<int[]> streams = streams(pdf);
        for (int i = 0; i < streams.size(); i++) {
            if (damaged.test(i + 1)) {
                int start = streams.get(i)[0];
                int length = streams.get(i)[1] - start;
                for (int k = 0; k < 6; k++) {
                    int at = start + 2 + (length - 4) * (k + 1) / 8; // past the zlib header, before the checksum
                    out[at] = (byte) (out[at] ^ 0x5A);
                }
            }
        }
        return out;
    }

    /** The first {@code fraction} of the file followed by a fake end-of-file marker. */
    public static byte[] truncatedWithFakeEof(byte[] pdf, double fraction) {
        int keep = (int) (pdf.length * fraction);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[keep + tail.length];
        System.arraycopy(pdf, 0, out, 0, keep);
        System.arraycopy(tail, 0, out, keep, tail.length);
        return out;
    }

    /** The same file with its {@code startxref} offset pointing into the middle of the document. */
    public static byte[] wrongXrefOffset(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        int numberStart = at + "startxref".length();
        while (Character.isWhitespace(text.charAt(numberStart))) numberStart++;
        int numberEnd = numberStart;
        while (Character.isDigit(text.charAt(numberEnd))) numberEnd++;
        String wrong = String.valueOf(Long.parseLong(text.substring(numberStart, numberEnd)) / 2);
        wrong = " ".repeat(Math.max(0, numberEnd - numberStart - wrong.length())) + wrong;
        return (text.substring(0, numberStart) + wrong + text.substring(numberEnd)).getBytes(StandardCharsets.ISO_8859_1);
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    /** [start, end) of each stream's data, in file order (with NO_COMPRESSION these are the page contents). */
    private static List<int[]> streams(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> found = new ArrayList<>();
        for (int at = text.indexOf("stream\n"); at >= 0; at = text.indexOf("stream\n", at + 1)) {
            if (at >= 3 && text.startsWith("end", at - 3)) {
                continue;
            }
            int start = at + "stream\n".length();
            int end = text.indexOf("endstream", start);
            found.add(new int[]{start, end});
            at = end;
        }
        if (found.isEmpty()) {
            for (int at = text.indexOf("stream\r\n"); at >= 0; at = text.indexOf("stream\r\n", at + 1)) {
                if (at >= 3 && text.startsWith("end", at - 3)) {
                    continue;
                }
                int start = at + "stream\r\n".length();
                int end = text.indexOf("endstream", start);
                found.add(new int[]{start, end});
                at = end;
            }
        }
        return found;
    }
}
