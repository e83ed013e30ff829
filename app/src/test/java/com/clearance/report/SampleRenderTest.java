package com.clearance.report;

import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.gap.GapReportPdfExporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the fixture reports to a folder for eyeballing; runs only with -Dclearance.samples=DIR. */
class SampleRenderTest {

    @Test
    void writeSamples() throws Exception {
        String dir = System.getProperty("clearance.samples");
        Assumptions.assumeTrue(dir != null, "set -Dclearance.samples=DIR to write sample reports");
        Path out = Files.createDirectories(Path.of(dir));
        var templates = ReportTemplateLoader.loadDefaults();
        try (OutputStream o = Files.newOutputStream(out.resolve("fixture-gap.pdf"))) {
            new GapReportPdfExporter(templates, ReportFixtures.catalog()).export(ReportFixtures.contract(), o);
        }
        Files.write(out.resolve("fixture-readiness.pdf"), ReadinessReportPdfExporterTest.render(ReadinessReportPdfExporterTest.report()));
    }
}
