package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.ReportTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplateLoaderTest {

    private static final Path REPO_REPORTS = Path.of(System.getProperty("clearance.repoRoot", ".."), "reports");

    private static Path copyOfShipped(Path dir) throws IOException {
        for (String f : new String[]{"theme.yaml", "gap-report.yaml", "negotiation-pack.yaml", "portfolio.yaml", "readiness.yaml", "redline.yaml"}) {
            Files.copy(REPO_REPORTS.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void shippedTemplatesLoadAndResolveTheirFonts() {
        ReportTemplates t = ReportTemplateLoader.loadDefaults();
        assertThat(t.gap().title()).isEqualTo("AI Contract Gap Report");
        assertThat(t.theme().fonts().body()).endsWith("fonts/LiberationSerif-Regular.ttf");
        for (Status s : Status.values()) {
            assertThat(t.theme().style(s).label()).isNotBlank();
        }
        assertThat(t.negotiation().problem(Status.MISSING, "Data residency")).contains("silent on Data residency");
        assertThat(t.theme().logo()).isNull();
    }

    @Test
    void aFolderOverridesWordingWithoutJava(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("gap-report.yaml"), "title: AI Contract Gap Report", "title: Vendor Contract Review");
        Files.delete(dir.resolve("portfolio.yaml"));
        ReportTemplates t = ReportTemplateLoader.load(dir);
        assertThat(t.gap().title()).isEqualTo("Vendor Contract Review");
        assertThat(t.portfolio().findingsSheet()).isEqualTo("Findings");
    }

    @Test
    void aMissingFieldIsNamed(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("gap-report.yaml"), "  reviewer: Reviewer\n", "");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).isInstanceOf(ReportTemplateException.class)
                .hasMessage("gap-report.yaml: 'cover.reviewer' is missing or empty");
    }

    @Test
    void aMistypedKeyIsRejected(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("portfolio.yaml"), "vendor: Vendor", "vendr: Vendor");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("portfolio.yaml").hasMessageContaining("vendr");
    }

    @Test
    void aBadColourIsRejected(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("theme.yaml"), "accent: \"#1F3A5F\"", "accent: navy");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("'navy' is not of the form #RRGGBB");
    }

    @Test
    void aMissingStatusStyleOrFontIsRejected(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("theme.yaml"), "  missing:    { label: Missing,    ink: \"#3F4854\", fill: \"#E9EBEE\" }\n", "");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).hasMessage("theme.yaml: 'statuses.missing' is missing");
        Files.delete(dir.resolve("theme.yaml"));
        copyOfShipped(Files.createDirectory(dir.resolve("b")));
        edit(dir.resolve("b/theme.yaml"), "fonts/LiberationSans-Bold.ttf", "fonts/Nope.ttf");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir.resolve("b")))
                .hasMessageContaining("'fonts/Nope.ttf' not found");
    }

    @Test
    void aNegotiationPackNeedsAProblemSentencePerStatus(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("negotiation-pack.yaml"), "  missing: The agreement is silent", "  missung: The agreement is silent");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).hasMessage("negotiation-pack.yaml: 'problems.missing' is missing");
    }

    @Test
    void anInvalidSheetNameIsRejected(@TempDir Path dir) throws IOException {
        copyOfShipped(dir);
        edit(dir.resolve("portfolio.yaml"), "findingsSheet: Findings", "findingsSheet: \"Findings: all\"");
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir)).hasMessageContaining("sheet name 'Findings: all'");
    }

    @Test
    void aMissingFolderIsReported(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportTemplateLoader.load(dir.resolve("none")))
                .hasMessageContaining("report template folder not found");
    }
}
