package com.clearance.ingest.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract OCR engine, run as a local process per page: the page image goes in on standard input (as PGM, which
 * costs nothing to encode), words with boxes and confidences come back as TSV. Nothing leaves the machine. The
 * program is {@code tesseract} on the PATH unless the system property {@code clearance.tesseract} or the variable
 * {@code CLEARANCE_TESSERACT} names another; the language is {@code eng} unless {@code clearance.ocr.lang} or
 * {@code CLEARANCE_OCR_LANG} says otherwise ("eng+fra"). Each process gets one thread (OMP_THREAD_LIMIT=1) because
 * pages are recognised in parallel instead.
 */
public final class Tesseract {

    /** What the user installs to read scans; every "not installed" message names it. */
    public static final String PACKAGES = "tesseract-ocr tesseract-ocr-eng";

    private static final Logger LOG = LoggerFactory.getLogger(Tesseract.class);

    private final String program;
    private final String language;
    private volatile Boolean available;

    public Tesseract(String program, String language) {
        this.program = program;
        this.language = language;
    }

    /** The engine the system properties or environment name, else {@code tesseract} reading English. */
    public static Tesseract configured() {
        return new Tesseract(setting("clearance.tesseract", "CLEARANCE_TESSERACT", "tesseract"),
                setting("clearance.ocr.lang", "CLEARANCE_OCR_LANG", "eng"));
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public String program() {
        return program;
    }

    public String language() {
        return language;
    }

    /** True when the program runs and knows the language; asked once. */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private boolean probe() {
        try {
            Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            List<String> langs = out.lines().map(String::strip).toList();
            for (String lang : language.split("\\+")) {
                if (!langs.contains(lang)) {
                    LOG.warn("Tesseract at {} lacks language {} (has {})", program, lang, langs);
                    return false;
                }
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            LOG.info("Tesseract not found at {}: {}", program, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts recognising one 8-bit grey image; the caller reads the result with {@link Run#await()} and may
     * {@link Run#kill()} it from another thread.
     */
    public Run start(BufferedImage gray, int dpi) throws IOException {
        return new Run(command("stdin", dpi).start(), gray);
    }

    /** The command Clearance runs per page, reading {@code input} ("stdin" or an image file) and writing TSV. */
    public ProcessBuilder command(String input, int dpi) {
        ProcessBuilder pb = new ProcessBuilder(program, input, "stdout", "-l", language, "--psm", "3",
                "--dpi", String.valueOf(dpi), "tsv");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb;
    }

    /** Writes the image as binary PGM, Tesseract's cheapest format to read. */
    public static void writePgm(BufferedImage gray, OutputStream out) throws IOException {
        out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (gray.getType() == BufferedImage.TYPE_BYTE_GRAY
                && gray.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getData().length == gray.getWidth() * gray.getHeight()) {
            out.write(bytes.getData());
            return;
        }
        byte[] row = new byte[gray.getWidth()];
        int[] rgb = new int[gray.getWidth()];
        for (int y = 0; y < gray.getHeight(); y++) {
            gray.getRGB(0, y, gray.getWidth(), 1, rgb, 0, gray.getWidth());
            for (int x = 0; x < rgb.length; x++) {
                int c = rgb[x];
                row[x] = (byte) ((((c >> 16) & 0xff) * 30 + ((c >> 8) & 0xff) * 59 + (c & 0xff) * 11) / 100);
            }
            out.write(row);
        }
    }

    /** One running recognition. */
    public static final class Run {
        private final Process process;
        private final BufferedImage image;
        private volatile boolean killed;

        private Run(Process process, BufferedImage image) {
            this.process = process;
            this.image = image;
        }

        /** The recognised lines; an IOException when the process failed or was killed. */
        List<List<OcrWord>> await() throws IOException {
            try (OutputStream in = process.getOutputStream()) {
                writePgm(image, in);
            } catch (IOException e) {
                if (killed) {
                    throw new IOException("stopped", e);
                }
                // Tesseract may exit early on an image it rejects; its exit code tells below
            }
            String tsv;
            try (InputStream out = process.getInputStream()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                out.transferTo(buffer);
                tsv = buffer.toString(StandardCharsets.UTF_8);
            }
            try {
                int code = process.waitFor();
                if (killed) {
                    throw new IOException("stopped");
                }
                if (code != 0) {
                    throw new IOException("tesseract exited with code " + code);
                }
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return TesseractTsv.lines(tsv);
        }

        /** Ends the process at once (cancel); {@link #await()} then fails. */
        public void kill() {
            killed = true;
            process.destroyForcibly();
        }
    }
}
