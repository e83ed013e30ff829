package com.clearance.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Tickets per category per week since launch, one row per category, drawn over the weeks the category is expected in
 * (a shaded band). Tickets outside the band are hatched and marked "!", a category whose preparing items are not done
 * is marked with a flag, and every count is written as a number: the colours are never the only signal.
 */
final class ExpectedChart extends Region {

    private static final double PAD = 12;
    private static final double HEADER_H = 26;
    private static final double LEGEND_H = 46;

    /** The chart's colours in one theme; the chart follows the window's theme (dark.css or not). */
    record Palette(Color background, Color stripe, Color ink, Color muted, Color band, Color bandEdge, Color bar,
                   Color surprise, Color hatch) {
        static final Palette LIGHT = new Palette(Color.WHITE, Color.web("#f6f7f9"), Color.web("#1d1d1d"),
                Color.web("#555555"), Color.web("#dcebfa"), Color.web("#7fa9d8"), Color.web("#1a4f8b"),
                Color.web("#c05600"), Color.WHITE);
        static final Palette DARK = new Palette(Color.web("#26282b"), Color.web("#2e3034"), Color.web("#e6e6e6"),
                Color.web("#b0b3b8"), Color.web("#1e3350"), Color.web("#4f7fb8"), Color.web("#8ab4f8"),
                Color.web("#ff9e57"), Color.web("#26282b"));
    }

    private Palette p = Palette.LIGHT;

    private final Canvas canvas = new Canvas();
    private ExpectedChartModel model = ExpectedChartModel.empty();
    /** The label column: as wide as the longest category label, so labels never run into the bars. */
    private double labelW = 220;

    ExpectedChart() {
        getChildren().add(canvas);
        getStyleClass().add("expected-chart");
        setMinSize(400, 240);
        setPrefSize(760, 480);
        // follow the theme: redraw whenever the scene's style sheets change (Ctrl+T)
        javafx.collections.ListChangeListener<String> themeChanged = c -> followTheme();
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.getStylesheets().removeListener(themeChanged);
            if (scene != null) scene.getStylesheets().addListener(themeChanged);
            followTheme();
        });
    }

    private void followTheme() {
        boolean dark = getScene() != null && getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/dark.css"));
        p = dark ? Palette.DARK : Palette.LIGHT;
        draw();
    }

    /** The palette drawn with now (tests). */
    Palette palette() {
        return p;
    }

    void setModel(ExpectedChartModel model) {
        this.model = model;
        requestLayout();
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (w < 50 || h < 50) {
            return;
        }
        String family = Font.getDefault().getFamily();
        if (model.rows().isEmpty()) {
            g.setFill(p.muted());
            g.setFont(Font.font(family, 13));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("No tickets yet: import a CSV export in the Tickets tab to see them against the expected weeks.",
                    PAD, PAD);
            return;
        }
        g.setFont(Font.font(family, FontWeight.BOLD, 12));
        labelW = Math.min(w / 2, 16 + model.rows().stream().mapToDouble(r -> textWidth(g, r.label() + "  ⚑"))
                .max().orElse(160));
        int n = model.weeks().size();
        double colW = (w - labelW - 2 * PAD) / n;
        double rowH = Math.max(18, Math.min(46, (h - HEADER_H - LEGEND_H - 2 * PAD) / model.rows().size()));
        double top = PAD + HEADER_H;
        header(g, family, colW, top, rowH);
        for (int i = 0; i < model.rows().size(); i++) {
            row(g, family, model.rows().get(i), top + i * rowH, colW, rowH, i);
        }
        legend(g, family, top + model.rows().size() * rowH + 10);
    }

    private double colX(int index, double colW) {
        return PAD + labelW + index * colW;
    }

    private void header(GraphicsContext g, String family, double colW, double top, double rowH) {
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.muted());
        g.setFont(Font.font(family, FontWeight.BOLD, 11));
        g.fillText("Week since launch →", PAD, top - 6);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < model.weeks().size(); c++) {
            int week = model.weeks().get(c);
            boolean now = week == model.currentWeek();
            g.setFont(Font.font(family, now ? FontWeight.BOLD : FontWeight.NORMAL, 11));
            g.setFill(now ? p.ink() : p.muted());
            g.fillText(now ? week + " (now)" : String.valueOf(week), colX(c, colW) + colW / 2, top - 6);
            if (now) {
                g.setStroke(p.muted());
                g.setLineDashes(3, 3);
                double x = colX(c, colW) + colW;
                g.strokeLine(x, top, x, top + rowH * model.rows().size());
                g.setLineDashes(null);
            }
        }
    }

    private void row(GraphicsContext g, String family, ExpectedChartModel.Row r, double y, double colW, double rowH,
                     int index) {
        if (index % 2 == 1) {
            g.setFill(p.stripe());
            g.fillRect(PAD, y, labelW + colW * model.weeks().size(), rowH);
        }
        band(g, r, y, colW, rowH);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.ink());
        g.setFont(Font.font(family, FontWeight.BOLD, 12));
        boolean twoLines = rowH >= 32;
        g.fillText(r.label() + (r.itemsNotDone() ? "  ⚑" : ""), PAD + 4, twoLines ? y + rowH * 0.36 : y + rowH / 2);
        if (twoLines) {
            g.setFill(p.muted());
            g.setFont(Font.font(family, 10));
            g.fillText("expected weeks " + r.expected().from() + "–" + r.expected().to(), PAD + 4, y + rowH * 0.72);
        }
        double maxBar = rowH - 16;
        for (int c = 0; c < r.cells().size(); c++) {
            ExpectedChartModel.Cell cell = r.cells().get(c);
            if (cell.count() == 0) {
                continue;
            }
            double bh = Math.max(3, maxBar * cell.count() / Math.max(1, model.maxCount()));
            double bw = Math.max(4, colW * 0.56);
            double bx = colX(c, colW) + (colW - bw) / 2;
            double by = y + rowH - 3 - bh;
            g.setFill(cell.outside() ? p.surprise() : p.bar());
            g.fillRect(bx, by, bw, bh);
            if (cell.outside()) {
                hatch(g, bx, by, bw, bh);
            }
            g.setFill(cell.outside() ? p.surprise() : p.ink());
            g.setFont(Font.font(family, FontWeight.BOLD, 10));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(cell.outside() ? cell.count() + "!" : String.valueOf(cell.count()), bx + bw / 2, by - 1);
        }
    }

    private void band(GraphicsContext g, ExpectedChartModel.Row r, double y, double colW, double rowH) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < r.cells().size(); c++) {
            if (r.cells().get(c).expected()) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            return;
        }
        double x = colX(first, colW) + 1;
        double bw = (last - first + 1) * colW - 2;
        g.setFill(p.band());
        g.fillRect(x, y + 2, bw, rowH - 4);
        g.setStroke(p.bandEdge());
        g.setLineWidth(1);
        g.strokeRect(x, y + 2, bw, rowH - 4);
    }

    private void hatch(GraphicsContext g, double x, double y, double w, double h) {
        Color hatchColour = p.hatch();
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(hatchColour);
        g.setLineWidth(1.2);
        for (double d = -h; d < w; d += 5) {
            g.strokeLine(x + d, y + h, x + d + h, y);
        }
        g.restore();
    }

    private void legend(GraphicsContext g, String family, double y) {
        g.setFont(Font.font(family, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double right = canvas.getWidth() - PAD;
        double[] at = {PAD, y};
        entry(g, at, right, 26, "expected weeks", (x, yy) -> {
            g.setFill(p.band());
            g.fillRect(x, yy, 26, 14);
            g.setStroke(p.bandEdge());
            g.strokeRect(x, yy, 26, 14);
        });
        entry(g, at, right, 12, "tickets in expected weeks (count above)", (x, yy) -> {
            g.setFill(p.bar());
            g.fillRect(x, yy, 12, 14);
        });
        entry(g, at, right, 12, "n! tickets outside expected weeks", (x, yy) -> {
            g.setFill(p.surprise());
            g.fillRect(x, yy, 12, 14);
            hatch(g, x, yy, 12, 14);
        });
        entry(g, at, right, 0, "⚑ tickets arrived while preparing items are not done", (x, yy) -> { });
    }

    private interface Swatch {
        void draw(double x, double y);
    }

    /** One legend entry; it moves to the next line when it would run past the right edge. */
    private void entry(GraphicsContext g, double[] at, double right, double swatch, String text, Swatch draw) {
        double width = (swatch > 0 ? swatch + 6 : 0) + textWidth(g, text);
        if (at[0] > PAD && at[0] + width > right) {
            at[0] = PAD;
            at[1] += 20;
        }
        draw.draw(at[0], at[1]);
        double x = at[0] + (swatch > 0 ? swatch + 6 : 0);
        g.setFill(p.ink());
        g.fillText(text, x, at[1] + 7);
        at[0] = x + textWidth(g, text) + 18;
    }

    private static double textWidth(GraphicsContext g, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(g.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
