package com.clearance.ingest.ocr;

/** When a PDF's pages are read by OCR: pages without a text layer only (auto), every page (always), or none. */
public enum OcrMode {
    AUTO, ALWAYS, NEVER;

    /** "auto", "always" or "never", any case; null for anything else. */
    public static OcrMode parse(String text) {
        for (OcrMode m : values()) {
            if (m.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return m;
            }
        }
        return null;
    }
}
