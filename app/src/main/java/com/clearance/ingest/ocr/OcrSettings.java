package com.clearance.ingest.ocr;

/** How PDFs are read by OCR: when ({@code mode}), with which engine, and on how many pages at once. */
public record OcrSettings(OcrMode mode, Tesseract engine, int threads) {

    public static OcrSettings defaults() {
        return new OcrSettings(OcrMode.AUTO, Tesseract.configured(), ScanRecognizer.defaultThreads());
    }

    public OcrSettings withMode(OcrMode other) {
        return new OcrSettings(other, engine, threads);
    }
}
