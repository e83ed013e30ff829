package com.clearance.report;

import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.readiness.LaunchReport;
import com.clearance.report.readiness.ReadinessReportPdfExporter;
import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.Classification;
import com.clearance.runbook.ClassifierSettings;
import com.clearance.runbook.Completion;
import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.ItemState;
import com.clearance.runbook.Launch;
import com.clearance.runbook.LaunchAssessor;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.Member;
import com.clearance.runbook.Phase;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.TicketCategory;
import com.clearance.runbook.Waiver;
import com.clearance.runbook.WeekRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessReportPdfExporterTest {

    static final RunbookTemplate TEMPLATE = new RunbookTemplate("t", "Support readiness", 1, "", new ClassifierSettings("other", 2, 2),
            List.of(new TicketCategory("cost-spike", "Unexpected cost", "m", new WeekRange(1, 2), List.of(), List.of()),
                    new TicketCategory("latency", "Slow answers", "m", new WeekRange(2, 4), List.of(), List.of())),
            List.of(new Phase("pre", "Before launch", new WeekRange(-4, -1), List.of(
                            new ChecklistItem("caps", "Spending caps set", "d", "eng-lead", -7, "Screenshot of the cap", List.of(), List.of("cost-spike")),
                            new ChecklistItem("dash", "Latency dashboard", "d", "eng-lead", -7, "Dashboard link", List.of(), List.of("latency")),
                            new ChecklistItem("dpa", "DPA signed", "d", "privacy-reviewer", -14, "Signed DPA", List.of(), List.of()))),
                    new Phase("post", "First weeks", new WeekRange(1, 4), List.of(
                            new ChecklistItem("review", "Weekly ticket review", "d", "launch-manager", 14, "Minutes", List.of(), List.of())))));

    static LaunchReport report() {
        Launch launch = new Launch("Assistant GA", "Support assistant", LocalDate.of(2026, 3, 2), "t",
                List.of(new Member("Ana", "launch-manager"), new Member("Bo", "eng-lead")), List.of());
        Map<String, ItemState> states = Map.of(
                "caps", new ItemState("caps", new Completion("Bo", Instant.parse("2026-02-20T10:00:00Z"), "Cap at 2x forecast",
                        "https://dash.example/caps", null), null),
                "dpa", new ItemState("dpa", null, new Waiver("Vendor DPA under negotiation", LocalDate.of(2026, 3, 10), "Ana",
                        Instant.parse("2026-02-25T10:00:00Z"))));
        LocalDate today = LocalDate.of(2026, 3, 20);
        LaunchStatus status = LaunchAssessor.assess(TEMPLATE, launch, states, List.of(), today);
        List<Classification> tickets = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tickets.add(new Classification("c" + i, "cost-spike", 5, 1 + i % 2, List.of()));
        }
        tickets.add(new Classification("late", "cost-spike", 5, 3, List.of()));
        tickets.add(new Classification("lat", "latency", 5, 3, List.of()));
        return new LaunchReport(status, ExpectedVsObserved.compute(TEMPLATE, tickets, status), TEMPLATE.name());
    }

    static byte[] render(LaunchReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReadinessReportPdfExporter(ReportTemplateLoader.loadDefaults()).export(report, out);
        return out.toByteArray();
    }

    @Test
    void showsPhasesItemsOwnersEvidenceWaiversScoreAndTickets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(report()))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Launch Readiness Report", "Assistant GA", "Support assistant", "2 Mar 2026",
                    "20 Mar 2026", "Ana (launch-manager)");
            // pre-launch: caps done, dpa waiver expired on 10 Mar, dash overdue -> 1 of 3; readiness = weakest open phase
            assertThat(text).contains("0% ready", "Held there by First weeks: 0 of 1 items");
            assertThat(text).contains("Before launch", "1 of 3", "Spending caps set", "Done by Bo", "Cap at 2x forecast",
                    "https://dash.example/caps", "Overdue", "Dashboard link", "eng-lead", "Bo");
            assertThat(text).contains("Waivers", "Vendor DPA under negotiation", "10 Mar 2026");
            assertThat(text).contains("Support tickets, expected against observed", "Unexpected cost", "w1: 4", "w2: 3",
                    "w3: 1", "Slow answers", "Surprises");
            int pages = doc.getNumberOfPages();
            assertThat(new PDFTextStripper().getText(doc)).contains("Page " + pages + " of " + pages,
                    "Launch Assistant GA · status on 20 Mar 2026");
            for (PDPage page : doc.getPages()) {
                for (COSName f : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(f).isEmbedded()).isTrue();
                }
            }
        }
    }

    /** Each character of the report with the fill colour it was drawn in, as "#RRGGBB". */
    private static final class ColouredText extends PDFTextStripper {
        final StringBuilder chars = new StringBuilder();
        final List<String> colours = new ArrayList<>();

        ColouredText() {
            // the text stripper ignores colour operators unless told to follow them
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            super.processTextPosition(text);
            int rgb;
            try {
                rgb = getGraphicsState().getNonStrokingColor().toRGB();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String hex = String.format("#%06X", rgb & 0xFFFFFF);
            for (int i = 0; i < text.getUnicode().length(); i++) {
                chars.append(text.getUnicode().charAt(i));
                colours.add(hex);
            }
        }

        String colourOf(String phrase) {
            int at = chars.indexOf(phrase);
            assertThat(at).as(phrase + " drawn").isGreaterThanOrEqualTo(0);
            return colours.get(at);
        }
    }

    @Test
    void anOpenItemShowsTheEvidenceExpectedInGreyNeverAsRecorded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(report()))) {
            ColouredText text = new ColouredText();
            text.getText(doc);
            String all = text.chars.toString();
            // open items: "expected:" and the evidence still to come, in the theme's muted grey
            assertThat(all).contains("expected: Dashboard link").contains("expected: Minutes");
            assertThat(text.colourOf("expected: Dashboard")).isEqualTo("#5E6873");
            assertThat(text.colourOf("Dashboard link")).isEqualTo("#5E6873");
            // a done item shows what was recorded, in ink, and not the evidence it was asked for
            assertThat(text.colourOf("Cap at 2x forecast")).isEqualTo("#1F2328");
            assertThat(all).doesNotContain("Screenshot of the cap");
        }
    }

    @Test
    void saysSoWhenThereAreNoTickets() throws IOException {
        LaunchReport r = report();
        LaunchReport none = new LaunchReport(r.status(), ExpectedVsObserved.compute(TEMPLATE, List.of(), r.status()), "T");
        try (PDDocument doc = Loader.loadPDF(render(none))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("No tickets have been imported for this launch.");
        }
    }
}
