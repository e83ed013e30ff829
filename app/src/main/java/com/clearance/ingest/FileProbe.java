package com.clearance.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What an importer looks at to decide whether it reads a file: the name, size and first bytes. */
public record FileProbe(String fileName, long size, byte[] head) {

    public FileProbe {
        head = head.clone();
    }

    public boolean startsWith(byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    public boolean startsWith(String ascii) {
        return startsWith(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
