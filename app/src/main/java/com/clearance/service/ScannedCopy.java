package com.clearance.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Turns a typed PDF into what a scanner makes of its printout: every page rendered to a grey image, turned by a small
 * angle, speckled with noise, saved as a JPEG picture and nothing else (no text layer). The same seed gives the same
 * scan. For tests, the eval comparison and the benchmark; never for real contracts.
 */
public final class ScannedCopy {

    /**
     * How rough the scan is: resolution, the largest turn in degrees, the spread of the grey grain on every pixel, and
     * the share of pixels that become dark or white specks.
     */
    public record Roughness(int dpi, double maxDegrees, int grain, double specks) {
        /** An office scanner: 300 dpi, up to a degree off straight, visible grain, some dust. */
        public static final Roughness OFFICE = new Roughness(300, 1.0, 24, 0.0005);
    }

    private final Roughness roughness;
    private final long seed;

    public ScannedCopy(Roughness roughness, long seed) {
        this.roughness = roughness;
        this.seed = seed;
    }

    public ScannedCopy() {
        this(Roughness.OFFICE, 13);
    }

    public Path write(Path typed, Path scanned) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(typed.toFile()); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getCropBox();
                BufferedImage image = roughen(renderer.renderImageWithDPI(i, roughness.dpi(), ImageType.GRAY), random);
                addPicture(out, box, image);
            }
            out.save(scanned.toFile());
        }
        return scanned;
    }

    /** One page that is a picture of {@code image} and nothing else. */
    public static void addPicture(PDDocument out, PDRectangle box, BufferedImage image) throws IOException {
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        out.addPage(page);
        PDImageXObject picture = JPEGFactory.createFromImage(out, image, 0.8f);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
            cs.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
        }
    }

    private BufferedImage roughen(BufferedImage page, Random random) {
        double degrees = (random.nextDouble() * 2 - 1) * roughness.maxDegrees();
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        var raster = turned.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = Math.max(0, Math.min(255, row[x] + (int) (random.nextGaussian() * roughness.grain() / 2)));
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
        long flips = Math.round(page.getWidth() * (long) page.getHeight() * roughness.specks());
        for (long n = 0; n < flips; n++) {
            int x = random.nextInt(page.getWidth());
            int y = random.nextInt(page.getHeight());
            raster.setSample(x, y, 0, random.nextBoolean() ? 40 + random.nextInt(60) : 255);
        }
        return turned;
    }
}
