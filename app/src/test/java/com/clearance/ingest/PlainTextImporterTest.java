package com.clearance.ingest;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextImporterTest {

    @Test
    void blankLinesAndNumberedLinesStartBlocks() {
        var blocks = PlainTextImporter.parse("Intro line one\nwraps here.\n\n1.1 Scope. Applies\nto all.\n(a) first;\n"
                + "(b) second.\n- a bullet\n").blocks();
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro line one wraps here.",
                "1.1 Scope. Applies to all.", "(a) first;", "(b) second.", "a bullet");
        assertThat(blocks.get(4).kind()).isEqualTo(BlockKind.LIST_ITEM);
    }

    @Test
    void amountsAtTheStartOfAWrappedLineDoNotStartBlocks() {
        var blocks = PlainTextImporter.parse("The cap is\n1.5 million dollars and\n2.5% of fees.").blocks();
        assertThat(blocks).hasSize(1);
    }

    @Test
    void aNumberAtTheStartOfAWrappedLineIsNotANewClause() {
        var blocks = PlainTextImporter.parse("Notice is given as set out in Section\n2.3 of this Agreement. The fee\n"
                + "is due within sixty\n(60) days.\n2.4 Audit. Customer may audit.").blocks();
        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "Notice is given as set out in Section 2.3 of this Agreement. The fee is due within sixty (60) days.",
                "2.4 Audit. Customer may audit.");
    }

    @Test
    void formFeedsArePages() {
        var text = PlainTextImporter.parse("Page one.\fPage two.\n\fPage three.\f");
        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.blocks()).extracting(TextBlock::page).containsExactly(1, 2, 3);
    }

    @Test
    void titleLinesStayTogetherAndEndBeforeTheBody() {
        var blocks = PlainTextImporter.parse("Schedule 2\nService Levels\nAvailability is measured monthly.").blocks();
        assertThat(blocks).extracting(TextBlock::text)
                .containsExactly("Schedule 2 Service Levels", "Availability is measured monthly.");
    }

    @Test
    void hyphenatedLineBreakKeepsTheWordWhole() {
        assertThat(PlainTextImporter.parse("a non-\nexclusive licence").blocks().get(0).text())
                .isEqualTo("a non-exclusive licence");
    }

    @Test
    void aTextFileWrittenInMarkdownIsReadAsMarkdown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("terms.txt");
        java.nio.file.Files.writeString(file, "# Terms\n## 1. Data\n1.1. **Use.** We use your data.\n"
                + "1.2. **Deletion.** We delete it.\n## 2. Fees\nYou pay.\n");
        var text = new PlainTextImporter().extract(file);
        assertThat(text.format()).isEqualTo(com.clearance.domain.DocumentFormat.TEXT);
        assertThat(text.blocks()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "Terms"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "1. Data"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "1.1. Use. We use your data."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "1.2. Deletion. We delete it."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "2. Fees"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "You pay."));
    }

    @Test
    void plainProseWithOneStarOrHashIsStillPlainText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("terms.txt");
        java.nio.file.Files.writeString(file, "# 1 Scope\nThe **Provider** supplies it.\nClause two.\nClause three.\n");
        var text = new PlainTextImporter().extract(file);
        assertThat(text.blocks()).extracting(TextBlock::text).first().asString().startsWith("# 1 Scope");
    }
}
