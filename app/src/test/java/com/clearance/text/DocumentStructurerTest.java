package com.clearance.text;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentStructurerTest {

    private final DocumentStructurer structurer = new DocumentStructurer();

    private ContractDocument structure(int pages, TextBlock... blocks) {
        return structurer.structure(new ExtractedText(DocumentFormat.PDF, pages, List.of(blocks), List.of("w1")),
                "test.pdf", "abc");
    }

    private static TextBlock p(String text) {
        return TextBlock.paragraph(text, 1);
    }

    private static TextBlock p(String text, int page) {
        return TextBlock.paragraph(text, page);
    }

    private static List<String> numbers(ContractDocument doc) {
        return doc.sections().stream().map(Section::label).toList();
    }

    @Test
    void subClausesTakeTheirParentsNumber() {
        var doc = structure(1, p("2. Services"), p("2.3 Restrictions. Customer shall not:"), p("(a) resell the Services;"),
                p("(b) compete, except:"), p("(i) for evaluation; or"), p("(ii) with consent;"), p("(c) overload it."),
                p("2.4 Fees. Fees are fixed."));
        assertThat(numbers(doc)).containsExactly("2", "2.3", "2.3(a)", "2.3(b)", "2.3(b)(i)", "2.3(b)(ii)", "2.3(c)", "2.4");
        assertThat(doc.sections()).extracting(Section::level).containsExactly(1, 2, 3, 3, 4, 4, 3, 2);
        Sentence evaluation = doc.sentences().stream().filter(s -> s.text().contains("evaluation")).findFirst().orElseThrow();
        assertThat(evaluation.sectionPath()).containsExactly("2", "2.3", "2.3(b)", "2.3(b)(i)");
        assertThat(evaluation.section()).isEqualTo("2.3(b)(i)");
    }

    @Test
    void letterIAfterHIsALetterNotANumeral() {
        var doc = structure(1, p("7.1 Exclusions. None of these apply:"), p("(g) one;"), p("(h) two;"), p("(i) three."));
        assertThat(numbers(doc)).containsExactly("7.1", "7.1(g)", "7.1(h)", "7.1(i)");
        assertThat(doc.sections().get(3).level()).isEqualTo(2);
    }

    @Test
    void leadInTitleBecomesTheHeadingAndIsNotASentence() {
        var doc = structure(1, p("4.2 Data Use. Provider shall not sell Customer Data."), p("4.3 Provider shall keep logs."));
        assertThat(doc.sections()).extracting(Section::number, Section::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.2", "Data Use"), org.assertj.core.groups.Tuple.tuple("4.3", ""));
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("Provider shall not sell Customer Data.", "Provider shall keep logs.");
    }

    @Test
    void aLetteredTitleLineHoldsTheNumberedClausesBelowIt() {
        var doc = structure(1, p("A. Services"), p("1. Overview. Provider supplies the API."),
                p("B. Customer Content"), p("Provider may not train models on Customer Content."),
                p("E. Confidentiality; Publicity"), p("1. Confidential Information. It means secret things."),
                p("A. Customer shall pay the fees."));
        assertThat(numbers(doc)).containsExactly("A", "1", "B", "E", "1");
        Sentence training = doc.sentences().stream().filter(s -> s.text().contains("train")).findFirst().orElseThrow();
        assertThat(training.sectionPath()).containsExactly("B");
        Sentence secret = doc.sentences().stream().filter(s -> s.text().contains("secret")).findFirst().orElseThrow();
        assertThat(secret.sectionPath()).containsExactly("E", "1");
        assertThat(doc.sections().get(3).heading()).isEqualTo("Confidentiality; Publicity");
    }

    @Test
    void articlesHoldSectionsAndAttachmentsStandAtTheTop() {
        var doc = structure(2, p("ARTICLE IV - CONFIDENTIALITY"), p("Section 4.1 Definition. Confidential means secret."),
                p("4.2 Duty. Keep it secret."), p("Article V"), p("5.1 Term. It lasts a year."),
                p("Schedule 2 Service Levels", 2), p("Exhibit A", 2), p("1. Subprocessors. Listed below.", 2));
        assertThat(doc.sections()).extracting(Section::label, Section::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ARTICLE IV", 1), org.assertj.core.groups.Tuple.tuple("Section 4.1", 2),
                org.assertj.core.groups.Tuple.tuple("4.2", 2), org.assertj.core.groups.Tuple.tuple("Article V", 1),
                org.assertj.core.groups.Tuple.tuple("5.1", 2), org.assertj.core.groups.Tuple.tuple("Schedule 2", 1),
                org.assertj.core.groups.Tuple.tuple("Exhibit A", 1), org.assertj.core.groups.Tuple.tuple("1", 2));
        assertThat(doc.sections().get(5).heading()).isEqualTo("Service Levels");
        assertThat(doc.sections().get(5).page()).isEqualTo(2);
    }

    @Test
    void markedHeadingsNestByLevelAndNumberedHeadingsSplitNumberFromTitle() {
        var doc = structure(1, TextBlock.heading("Platform Terms", 1, 1), TextBlock.heading("3. Customer Data", 1, 2),
                p("3.1 Ownership. Customer owns it."), TextBlock.heading("Model Changes", 1, 3), p("Notice comes first."),
                TextBlock.heading("4. Liability", 1, 2), p("Liability is capped."));
        assertThat(doc.sections()).extracting(Section::number, Section::heading, Section::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "Platform Terms", 1),
                org.assertj.core.groups.Tuple.tuple("3", "Customer Data", 2),
                org.assertj.core.groups.Tuple.tuple("3.1", "Ownership", 3),
                org.assertj.core.groups.Tuple.tuple(null, "Model Changes", 3),
                org.assertj.core.groups.Tuple.tuple("4", "Liability", 2));
        assertThat(doc.sentences().get(1).sectionPath()).containsExactly("Platform Terms", "3", "Model Changes");
    }

    @Test
    void amountsPercentagesDatesAndContentsLinesDoNotOpenSections() {
        var doc = structure(1, p("1. Definitions .................... 3"), p("2. Services ....... 5"),
                p("1.5 million dollars is the cap."), p("2.5% of fees is credited."), p("2026. A year of change."),
                p("1. Definitions"), p("3 months of notice is needed."));
        assertThat(numbers(doc)).containsExactly("1");
        assertThat(doc.sentences()).extracting(Sentence::text).doesNotContain("1. Definitions .................... 3");
    }

    @Test
    void noBreakSpacesTabsAndLineBreaksAreNormalised() {
        var doc = structure(1, p("\u00A0 1.\u00A0Scope\u00A0of  Work\t\n"), p("\u00A01.1\u2007The\u00A0Provider\nshall\u200B act."));
        assertThat(doc.sections()).extracting(Section::number, Section::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Scope of Work"), org.assertj.core.groups.Tuple.tuple("1.1", ""));
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("The Provider shall act.");
        assertThat(doc.text()).isEqualTo("1. Scope of Work\n\n1.1 The Provider shall act.");
    }

    @Test
    void aTitleAndItsFirstSubClauseOnOneLineBecomeTwoSections() {
        var doc = structure(1, p("1. Subject and Scope of Agreement 1.1 The initial scope is the Studies."),
                p("ARTICLE 4 CONFIDENTIALITY 4.1 \"Confidential Information\" means secrets."),
                p("3. Fees are due 4.1 days after delivery."));
        assertThat(doc.sections()).extracting(Section::number, Section::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Subject and Scope of Agreement"),
                org.assertj.core.groups.Tuple.tuple("1.1", ""),
                org.assertj.core.groups.Tuple.tuple("ARTICLE 4", "CONFIDENTIALITY"),
                org.assertj.core.groups.Tuple.tuple("4.1", ""),
                org.assertj.core.groups.Tuple.tuple("3", ""));
        assertThat(doc.definedTerms()).extracting(t -> t.section()).containsExactly("4.1");
    }

    @Test
    void aFilingExhibitLabelAboveTheContractIsNotASection() {
        var filed = structure(1, p("Exhibit 10.11"), p("STRATEGIC ALLIANCE AGREEMENT"), p("1. Scope. It applies."));
        assertThat(numbers(filed)).containsExactly("1");
        var filedWhole = structure(1, p("EXHIBIT 99"), p("1. Scope. It applies."));
        assertThat(numbers(filedWhole)).containsExactly("1");
        var exhibit = structure(1, p("Exhibit A"), p("1. Scope. It applies."));
        assertThat(numbers(exhibit)).containsExactly("Exhibit A", "1");
    }

    @Test
    void sectionsRunUntilTheNextSectionAtTheSameOrOuterLevel() {
        var doc = structure(1, p("1. Scope"), p("1.1 One. Text one."), p("1.2 Two. Text two."), p("2. Fees"), p("Fees apply."));
        Section one = doc.sections().get(0);
        Section oneOne = doc.sections().get(1);
        Section two = doc.sections().get(3);
        assertThat(one.end()).isEqualTo(two.start());
        assertThat(oneOne.end()).isEqualTo(doc.sections().get(2).start());
        assertThat(two.end()).isEqualTo(doc.text().length());
        assertThat(doc.text().substring(two.start(), two.end())).isEqualTo("2. Fees\n\nFees apply.");
    }

    @Test
    void sentenceOffsetsPageAndTextAgreeWithTheDocumentText() {
        var doc = structure(3, p("Intro text here. More intro.", 1), p("1. Terms. The first clause applies.", 2),
                p("Closing words.", 3));
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(doc.sentences()).extracting(Sentence::page).containsExactly(1, 1, 2, 3);
        assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
        assertThat(doc.pages()).hasSize(3);
        assertThat(doc.text().substring(doc.pages().get(1).start(), doc.pages().get(1).end()))
                .isEqualTo("1. Terms. The first clause applies.");
        assertThat(doc.warnings()).containsExactly("w1");
        assertThat(doc.name()).isEqualTo("test.pdf");
        assertThat(doc.sha256()).isEqualTo("abc");
    }

    @Test
    void pagesWithoutTextStillCount() {
        var doc = structure(3, p("Only page one has text.", 1));
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.pages().get(2).start()).isEqualTo(doc.pages().get(2).end());
    }

    @Test
    void definedTermsRecordWhereTheyAreDefined() {
        var doc = structure(2, p("Intro.", 1), p("1. Definitions", 2), p("1.1 \"Customer Data\" means all data Customer submits.", 2),
                p("Model: the machine learning model Provider runs.", 2));
        assertThat(doc.definedTerms()).extracting(t -> t.term() + "|" + t.page() + "|" + t.section())
                .containsExactly("Customer Data|2|1.1", "Model|2|1.1");
        var customerData = doc.definedTerms().get(0);
        assertThat(doc.text().substring(customerData.offset())).startsWith("Customer Data\" means");
        assertThat(customerData.definition()).isEqualTo("all data Customer submits.");
    }

    @Test
    void aThousandPageContractStructuresQuickly() {
        List<TextBlock> blocks = new ArrayList<>();
        for (int page = 1; page <= 1000; page++) {
            int clause = (page - 1) % 999 + 1; // clause numbers have at most three digits
            blocks.add(TextBlock.paragraph(clause + ". Clause " + clause, page));
            for (int i = 1; i <= 6; i++) {
                blocks.add(TextBlock.paragraph(clause + "." + i + " Obligation. Acme Inc. shall (a) keep \"Record " + page
                        + "." + i + "\" means a log; (b) pay $1.5 million, i.e. the U.S. amount, per Sec. 4. "
                        + "The Customer may audit it on 30 days' notice. ".repeat(3), page));
            }
        }
        ExtractedText big = new ExtractedText(DocumentFormat.PDF, 1000, blocks, List.of());
        structurer.structure(big, "warm-up", "x");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime(); // CPU time: the build machine is shared and wall time is noisy
        ContractDocument doc = structurer.structure(big, "big.pdf", "x");
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        System.out.println("1,000 pages structured in " + millis + " ms of CPU time");
        assertThat(doc.sections()).hasSize(7000);
        assertThat(doc.sentences().size()).isGreaterThan(20_000);
        // a guard against quadratic or catastrophic behaviour, not a benchmark: typical runs take a fraction of this
        assertThat(millis).isLessThan(3_000);
    }
}
