package com.clearance.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decides from a file's first bytes whether it is text at all, and whether that text is an HTML page. */
final class TextSniffer {

    private static final byte[][] BINARY_MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
            {'P', 'K', 3, 4}, {'%', 'P', 'D', 'F'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            {0x1F, (byte) 0x8B}, {'B', 'M'}, {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}, {'R', 'I', 'F', 'F'},
            {0x7F, 'E', 'L', 'F'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}};

    private TextSniffer() {
    }

    /** True when the head has no known binary signature and (almost) no control bytes. UTF-16 with a BOM counts. */
    static boolean looksLikeText(FileProbe probe) {
        byte[] head = probe.head();
        if (head.length == 0) {
            return false;
        }
        if (hasUtf16Bom(head)) {
            return true;
        }
        for (byte[] magic : BINARY_MAGIC) {
            if (probe.startsWith(magic)) {
                return false;
            }
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 100 <= head.length; // a stray form feed or escape is fine; binary noise is not
    }

    static boolean hasUtf16Bom(byte[] head) {
        return head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
    }

    /** True when the text starts (after a BOM, blank space and comments) like an HTML document. */
    static boolean looksLikeHtml(FileProbe probe) {
        if (!looksLikeText(probe)) {
            return false;
        }
        String head = new String(probe.head(), hasUtf16Bom(probe.head()) ? StandardCharsets.UTF_16
                : StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String start = head.replace("\uFEFF", "").replace("ï»¿", "").stripLeading();
        while (start.startsWith("<!--") && start.contains("-->")) {
            start = start.substring(start.indexOf("-->") + 3).stripLeading();
        }
        if (start.startsWith("<?xml")) {
            start = start.substring(Math.max(0, start.indexOf("?>") + 2)).stripLeading();
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || (start.startsWith("<") && head.contains("<body"));
    }
}
