package com.clearance.ingest;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlImporterTest {

    private static List<TextBlock> blocks(String html) {
        return HtmlImporter.parse(html).blocks();
    }

    private static String text(String html) {
        return String.join("\n", blocks(html).stream().map(TextBlock::text).toList());
    }

    @Test
    void pageChromeIsDropped() {
        String text = text("<html><head><title>T</title><style>p{}</style><script>var a='Section 9.';</script></head><body>"
                + "<header>Site Header</header><nav>Menu Links</nav><div class='cookie-consent'>Cookies!</div>"
                + "<div id='main-menu'>Products</div><div role='navigation'>Jump</div><div class='breadcrumbs'>Home</div>"
                + "<aside>Related</aside><form><p>Subscribe</p></form><noscript>Enable JS</noscript>"
                + "<main><h1>Terms</h1><p>The contract text.</p></main><footer>Copyright</footer></body></html>");
        assertThat(text).isEqualTo("Terms\nThe contract text.");
    }

    @Test
    void classNamesOnlyCountAsWholeWordPrefixes() {
        assertThat(text("<body><div class='unavailable-note'><p>Kept text.</p></div></body>")).isEqualTo("Kept text.");
    }

    @Test
    void headerInsideTheArticleIsKept() {
        assertThat(text("<body><article><header><h1>Enterprise Terms</h1></header><p>Body.</p></article></body>"))
                .isEqualTo("Enterprise Terms\nBody.");
    }

    @Test
    void headingsKeepLevelsAndBlocksSplitAtBlockElements() {
        var blocks = blocks("<body><h2>1. Data</h2><div>Intro <b>bold</b> text<p>Inner paragraph.</p>tail</div>"
                + "<h4>Sub</h4></body>");
        assertThat(blocks).extracting(TextBlock::kind, TextBlock::headingLevel, TextBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "1. Data"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Intro bold text"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Inner paragraph."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "tail"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 4, "Sub"));
    }

    @Test
    void orderedListsShowTheirNumbersAndTablesJoinCells() {
        var blocks = blocks("<body><ol type='a' start='2'><li>second</li><li>third<ul><li>nested</li></ul></li></ol>"
                + "<ol><li>3.1 Already numbered</li></ol>"
                + "<table><tr><th>Region</th><th>Place</th></tr><tr><td>EU</td><td>Paris</td></tr></table></body>");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("b. second", "c. third", "nested",
                "3.1 Already numbered", "Region | Place", "EU | Paris");
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(blocks.get(4).kind()).isEqualTo(BlockKind.TABLE_ROW);
    }

    @Test
    void definitionListsReadAsTermColonDefinition() {
        assertThat(text("<body><dl><dt>Inputs</dt><dd>Prompts sent to the API.</dd></dl></body>"))
                .isEqualTo("Inputs: Prompts sent to the API.");
    }
}
