package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saved web pages (most AI vendor terms live on one). Chosen by content, so a page saved as ".txt" is still read as
 * HTML. Page chrome (scripts, styles, navigation, cookie banners, site header and footer, forms) is removed before the
 * remaining block elements become text blocks; h1-h6 stay headings.
 */
public final class HtmlImporter implements ContractImporter {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final String NOISE_TAGS = "script, style, nav, aside, form, noscript, template, svg, iframe, "
            + "button, select, input, textarea, dialog, object, embed, canvas, link, meta";
    /** A class, id or role token that starts with one of these names page chrome, not contract text. */
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|menu|cookie|banner|breadcrumb|consent|skip-link|sidebar|toolbar|share|social)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> KEEP_ALWAYS = Set.of("html", "body", "main", "article");

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public boolean accepts(FileProbe probe) {
        return TextSniffer.looksLikeHtml(probe)
                || (EXTENSIONS.contains(probe.extension()) && TextSniffer.looksLikeText(probe));
    }

    @Override
    public ExtractedText extract(Path file) throws ImportException {
        try {
            return parse(Jsoup.parse(file.toFile(), null));
        } catch (IOException e) {
            throw new ImportException(ImportFailure.CORRUPT, file.getFileName().toString(), e);
        }
    }

    /** Extracts blocks from HTML source; public for tests. */
    public static ExtractedText parse(String html) {
        return parse(Jsoup.parse(html));
    }

    private static ExtractedText parse(Document document) {
        removeChrome(document);
        List<TextBlock> blocks = new HtmlBlockWalker().walk(document.body());
        return new ExtractedText(DocumentFormat.HTML, 1, blocks, List.of());
    }

    private static void removeChrome(Document document) {
        document.select(NOISE_TAGS).remove();
        // A site header or footer is chrome; a header inside the article usually carries the document title.
        for (Element e : document.select("header, footer")) {
            if (e.closest("article, main") == null) {
                e.remove();
            }
        }
        for (Element e : document.select("[class], [id], [role]")) {
            if (KEEP_ALWAYS.contains(e.normalName()) || e.parent() == null) {
                continue;
            }
            String names = e.className() + " " + e.id() + " " + e.attr("role");
            if (NOISE_NAME.matcher(names).find() || e.attr("role").equalsIgnoreCase("contentinfo")) {
                e.remove();
            }
        }
    }
}
