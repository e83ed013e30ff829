package com.clearance.report.gap;

import com.clearance.domain.reporting.SignOff;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;

import java.io.IOException;

/** The sign-off: a short paragraph, then for each role a row of name, signature and date lines. */
public final class SignOffBlock {

    private SignOffBlock() {
    }

    public static void write(PdfCanvas canvas, PdfStyles s, SignOff signOff, String presetName) throws IOException {
        float rowHeight = 58;
        canvas.ensureSpace(s.h1().leading() + canvas.height(signOff.text(), s.body(), 0) + rowHeight * signOff.roles().size() + 30);
        canvas.paragraph(signOff.heading(), s.h1(), 0, null);
        canvas.space(6);
        canvas.paragraph(signOff.text(), s.body(), 0, null);
        canvas.space(20);
        float[] cols = {0.40f, 0.38f, 0.22f};
        boolean first = true;
        for (String role : signOff.roles()) {
            canvas.paragraph(role, s.h2(), 0, null);
            canvas.space(24);
            float x = canvas.left();
            String[] labels = {signOff.nameLabel(), signOff.signatureLabel(), signOff.dateLabel()};
            for (int i = 0; i < cols.length; i++) {
                float w = canvas.width() * cols[i];
                canvas.rule(x, x + w - 14, canvas.y(), 0.6f, s.muted());
                if (i == 0 && first && presetName != null && !presetName.isBlank() && !presetName.equals("\u2014")) {
                    canvas.text(presetName, x, canvas.y() + 14, s.body());
                }
                canvas.text(labels[i], x, canvas.y() - 3, s.small());
                x += w;
            }
            first = false;
            canvas.space(rowHeight - 24);
        }
    }
}
