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
    void wrappedParagraphLinesJoinWithSpaces() {
        assertThat(blocks("The Provider shall\nnot train on\nCustomer Data.").get(0).text())
                .isEqualTo("The Provider shall not train on Customer Data.");
    }
}
