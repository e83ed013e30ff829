package com.clearance.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunningFurnitureTest {

    private static PdfPageText page(int number, String... lines) {
        List<PdfLine> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            result.add(new PdfLine(lines[i], 50 + i * 14, 10, 72, 500));
        }
        return new PdfPageText(number, result, true, 0);
    }

    private static List<String> texts(PdfPageText page) {
        return page.lines().stream().map(PdfLine::text).toList();
    }

    @Test
    void dropsRepeatedEdgeLinesWithDifferentDigitsButKeepsRepeatedBodyText() {
        List<PdfPageText> pages = RunningFurniture.strip(List.of(
                page(1, "Master Services Agreement", "1. Scope", "The Provider hosts the Service.", "Confidential",
                        "It keeps the Service available.", "Its staff are trained.", "Page 1 of 3"),
                page(2, "Master Services Agreement", "2. Fees", "The Customer pays the fees.", "Confidential",
                        "Fees are due in thirty days.", "Late fees bear interest.", "Page 2 of 3"),
                page(3, "3. Data", "The Customer owns its data.", "Confidential", "Page 3 of 3")));

        assertThat(texts(pages.get(0))).containsExactly("1. Scope", "The Provider hosts the Service.", "Confidential",
                "It keeps the Service available.", "Its staff are trained.");
        assertThat(texts(pages.get(1))).first().isEqualTo("2. Fees");
        assertThat(texts(pages.get(1))).last().isEqualTo("Late fees bear interest.");
        // near the edge of the short last page only once: not running furniture, so it stays
        assertThat(texts(pages.get(2))).containsExactly("3. Data", "The Customer owns its data.", "Confidential");
    }

    @Test
    void recognisesPageNumberForms() {
        assertThat(List.of("3", "- 3 -", "Page 3", "page 3 of 12", "3 / 12", "iv", "– 12 –", "7 | Page"))
                .allMatch(RunningFurniture::isPageNumber);
        assertThat(List.of("3. Fees", "Section 3", "30 days", "Page three")).noneMatch(RunningFurniture::isPageNumber);
    }

    @Test
    void aSinglePageKeepsItsTopLine() {
        List<PdfPageText> pages = RunningFurniture.strip(List.of(page(1, "Order Form", "The Customer orders.", "1")));

        assertThat(texts(pages.get(0))).containsExactly("Order Form", "The Customer orders.");
    }
}
