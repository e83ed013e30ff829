package com.clearance.report.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, a size, a colour and the line height that goes with them. */
public record TextStyle(PDFont font, float size, Rgb colour, float leading) {

    public static TextStyle of(PDFont font, float size, Rgb colour) {
        return new TextStyle(font, size, colour, size * 1.38f);
    }

    public TextStyle withColour(Rgb other) {
        return new TextStyle(font, size, other, leading);
    }
}
