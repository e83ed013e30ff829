package com.clearance.ingest;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownImporterTest {

    private static List<TextBlock> blocks(String markdown) {
        return MarkdownImporter.parse(markdown).blocks();
    }

    @Test
    void atxAndSetextHeadingsKeepTheirLevel() {
        var blocks = blocks("Terms of Service\n================\n\n1\\. Services\n-----------\n\n### 1.1 Scope ###\n\nBody.");
        assertThat(blocks).extracting(TextBlock::kind, TextBlock::headingLevel, TextBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1, "Terms of Service"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "1. Services"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 3, "1.1 Scope"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Body."));
    }

    @Test
    void emphasisLinksImagesCodeAndEscapesAreReducedToWords() {
        var text = blocks("**1.1. Data Use.** The [Provider](https://x.test/a_(b)) shall _not_ use `prompts` "
                + "![logo](logo.png) or \\*starred\\* data &amp; *outputs*.<br>Done.").get(0).text();
        assertThat(text).isEqualTo("1.1. Data Use. The Provider shall not use prompts or *starred* data & outputs. Done.");
    }

    @Test
    void listsBecomeListItemsAndNestedOrderedItemsJoinTheirNumbers() {
        var blocks = blocks("1.  **SERVICES**\n    \n    1.  **Access**. You may use it.\n    2.  **Users**. Yours only.\n"
                + "2.  **FEES**\n\n*   a bullet\n    continued here\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("1. SERVICES", "1.1. Access. You may use it.",
                "1.2. Users. Yours only.", "2. FEES", "a bullet continued here");
        assertThat(blocks).allMatch(b -> b.kind() == BlockKind.LIST_ITEM);
    }

    @Test
    void tableRowsJoinTheirCellsAndSkipTheRule() {
        var blocks = blocks("| Model | Retirement |\n|---|:---:|\n| **large-1** | 1 June 2027 |\n");
        assertThat(blocks).extracting(TextBlock::kind).containsOnly(BlockKind.TABLE_ROW);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Model | Retirement", "large-1 | 1 June 2027");
    }

    @Test
    void frontMatterAndThematicBreaksAreNotText() {
        var blocks = blocks("---\ntitle: x\nlayout: legal\n---\n\nIntro line.\n\n* * *\n\nNext.");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro line.", "Next.");
    }

    @Test
    void unbalancedMarkupParsesInLinearTime() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (String noise : List.of("*a ", "**x ", "_a ", "[", "`a ", "~~b ")) {
            assertThat(blocks(noise.repeat(40_000))).hasSize(1);
        }
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertThat(millis).as("CPU ms for 1 MB of unbalanced markup").isLessThan(4_000);
    }

    @Test
    void wrappedParagraphLinesJoinWithSpaces() {
        assertThat(blocks("The Provider shall\nnot train on\nCustomer Data.").get(0).text())
                .isEqualTo("The Provider shall not train on Customer Data.");
    }

    @Test
    void numberedClauseLinesWithoutBlankLinesBetweenThemAreBlocksOfTheirOwn() {
        var blocks = blocks("## 2. Services\n2.1. **Overview.** The Provider offers a platform.\n"
                + "2.2. **Access.** The Customer may use it\n2.3 of the units it buys.");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("2. Services",
                "2.1. Overview. The Provider offers a platform.", "2.2. Access. The Customer may use it 2.3 of the units it buys.");
    }

    @Test
    void boldParagraphsAndBoldRunInTitlesAreHeadingsNestedUnderTheLastMarkedHeading() {
        var blocks = blocks("# Terms\n\n**User Content**\n\n**Provision of User Content.**\n\nYou upload files.\n\n"
                + "**Indemnity.** You will defend us.\n\n**PLEASE READ THESE TERMS:**\n\n**Note** that prose in bold is prose.");
        assertThat(blocks).extracting(TextBlock::kind, TextBlock::headingLevel, TextBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1, "Terms"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "User Content"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 3, "Provision of User Content"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "You upload files."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 3, "Indemnity"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "You will defend us."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "PLEASE READ THESE TERMS:"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Note that prose in bold is prose."));
    }

    @Test
    void boldNumberedClausesRunTogetherOnOneHugeLineAreSplit() {
        String filler = "The parties agree to the following terms. ".repeat(60);
        String line = filler + "\u00A0\u00A0 **1\\. Service.** You may use it. "
                + "WE DISCLAIM THE REST.  **2\\. Fees.** You pay monthly.";
        var blocks = blocks(line);
        assertThat(blocks).extracting(TextBlock::text).endsWith("1. Service. You may use it. WE DISCLAIM THE REST.",
                "2. Fees. You pay monthly.");
    }

    @Test
    void aNumberOnALineOfItsOwnAboveAHeadingNumbersTheHeading() {
        var blocks = blocks("## The Service\n\n1.1\n\n### Service Description\n\nWe host it.\n\n1.2\n\nBody.");
        assertThat(blocks).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "The Service"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "1.1 Service Description"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "We host it."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "1.2"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Body."));
    }

    @Test
    void tableOfContentsEntriesLinkingIntoThePageAreNotClauses() {
        var blocks = blocks("Intro text.\n\n1.  [The Service](#1.-The-Service)\n2.  [Fees](#2-fees)\n\n"
                + "1. [Privacy Policy](https://x.test/privacy) applies.\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro text.",
                "1. Privacy Policy applies.");
    }
}
