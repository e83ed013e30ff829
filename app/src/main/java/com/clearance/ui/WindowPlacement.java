package com.clearance.ui;

import java.util.List;

/**
 * Puts a remembered window back where it can be seen: a size or position saved on a larger or a detached screen is
 * fitted to the screen it overlaps most (or the first, the primary, when it overlaps none). Rectangles are
 * {@code {x, y, width, height}}; a saved position of NaN means "let the system place it".
 */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static double[] fit(double[] saved, List<double[]> screens) {
        if (screens.isEmpty()) {
            return saved.clone();
        }
        boolean placed = !Double.isNaN(saved[0]) && !Double.isNaN(saved[1]);
        double[] screen = placed ? mostOverlapped(saved, screens) : screens.get(0);
        double w = Math.min(saved[2], screen[2]);
        double h = Math.min(saved[3], screen[3]);
        if (!placed) {
            return new double[] {Double.NaN, Double.NaN, w, h};
        }
        double x = Math.max(screen[0], Math.min(saved[0], screen[0] + screen[2] - w));
        double y = Math.max(screen[1], Math.min(saved[1], screen[1] + screen[3] - h));
        return new double[] {x, y, w, h};
    }

    private static double[] mostOverlapped(double[] r, List<double[]> screens) {
        double[] best = screens.get(0);
        double bestArea = 0;
        for (double[] s : screens) {
            double ow = Math.min(r[0] + r[2], s[0] + s[2]) - Math.max(r[0], s[0]);
            double oh = Math.min(r[1] + r[3], s[1] + s[3]) - Math.max(r[1], s[1]);
            double area = ow > 0 && oh > 0 ? ow * oh : 0;
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        return best;
    }
}
