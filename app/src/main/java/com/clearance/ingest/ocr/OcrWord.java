package com.clearance.ingest.ocr;

/** A word Tesseract recognised: text, box in image pixels (top-left origin) and confidence 0..100. */
record OcrWord(String text, int left, int top, int right, int bottom, float confidence) {
}
