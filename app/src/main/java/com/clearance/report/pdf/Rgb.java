package com.clearance.report.pdf;

/** A colour from a #RRGGBB string, as the 0..1 components PDFBox wants. */
public record Rgb(float r, float g, float b) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(((v >> 16) & 0xFF) / 255f, ((v >> 8) & 0xFF) / 255f, (v & 0xFF) / 255f);
    }
}
