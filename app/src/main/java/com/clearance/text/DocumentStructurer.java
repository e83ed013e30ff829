package com.clearance.text;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.PageSpan;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;
import com.clearance.domain.WorkProgress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the document model from extracted blocks: one normalised text (blocks with single spaces, joined by a
 * blank line), the page
 * ranges, the nested sections as printed, legal-aware sentences with their section path, and the defined terms.
 * Pure and linear in the size of the text; stateless, so one instance may be shared.
 */
public final class DocumentStructurer {

    /** Blocks are separated by a blank line in the document text. */
    public static final String BLOCK_SEPARATOR = "\n\n";
    /** The stage name reported while blocks are structured. */
    public static final String STAGE = "finding sections and sentences";
    private static final int PROGRESS_EVERY = 200;

    private final BlockPreparer preparer = new BlockPreparer();
    private final SectionDetector detector = new SectionDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DefinedTermFinder termFinder = new DefinedTermFinder();

    public ContractDocument structure(ExtractedText extracted, String name, String sha256) {
        return structure(extracted, name, sha256, WorkProgress.NONE);
    }

    /** Structures, telling {@code progress} every few hundred blocks (which may stop the work there). */
    public ContractDocument structure(ExtractedText extracted, String name, String sha256, WorkProgress progress) {
        StringBuilder text = new StringBuilder();
        SectionTree tree = new SectionTree();
        List<Sentence> sentences = new ArrayList<>();
        List<DefinedTerm> terms = new ArrayList<>();
        Set<String> termsSeen = new HashSet<>();
        PageRanges pages = new PageRanges(Math.max(1, extracted.pageCount()));

        int blockIndex = 0;
        List<TextBlock> prepared = preparer.prepare(extracted.blocks());
        for (TextBlock block : prepared) {
            if (blockIndex % PROGRESS_EVERY == 0) {
                progress.step(STAGE, blockIndex, prepared.size());
            }
            String blockText = block.text();
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            int offset = text.length();
            text.append(blockText);
            int page = Math.max(1, block.page());
            pages.cover(page, offset, text.length());

            TextBlock clean = new TextBlock(blockText, page, block.kind(), block.headingLevel());
            boolean anySection = tree.hasSections();
            int index = blockIndex++;
            Optional<SectionStart> start = detector.detect(clean)
                    .filter(s -> !SectionDetector.isFilingLabel(s, index, anySection));
            start.ifPresent(s -> tree.open(s, offset, page));
            int bodyStart = start.map(SectionStart::bodyStart).orElse(0);
            if (block.kind() == BlockKind.HEADING || bodyStart >= blockText.length()
                    || SectionDetector.isTableOfContentsLine(blockText)) {
                continue; // headings and contents lines are not sentences of the contract
            }
            List<String> path = tree.path();
            String section = path.isEmpty() ? "" : path.get(path.size() - 1);
            boolean inDefinitions = tree.inDefinitions();
            for (int[] range : splitter.split(text, offset + bodyStart, text.length())) {
                String sentence = text.substring(range[0], range[1]);
                sentences.add(new Sentence(sentences.size(), sentence, range[0], range[1], page, path));
                for (DefinedTermFinder.Found f : termFinder.find(sentence, inDefinitions)) {
                    if (termsSeen.add(f.term())) {
                        terms.add(new DefinedTerm(f.term(), f.definition(), range[0] + f.start(), page, section));
                    }
                }
            }
        }
        List<Section> sections = tree.finish(text.length());
        return new ContractDocument(name, extracted.format(), sha256, text.toString(), pages.spans(text.length()),
                sections, SentenceLocator.locate(sentences, extracted.layout()), terms, extracted.warnings(),
                extracted.scannedPages());
    }

    /** Page ranges over the joined text; a page with no text gets an empty range where it falls. */
    private static final class PageRanges {
        private final int[] starts;
        private final int[] ends;

        PageRanges(int count) {
            starts = new int[count];
            ends = new int[count];
            java.util.Arrays.fill(starts, -1);
        }

        void cover(int page, int start, int end) {
            int i = Math.min(page, starts.length) - 1;
            if (starts[i] < 0) {
                starts[i] = start;
            }
            ends[i] = end;
        }

        List<PageSpan> spans(int textEnd) {
            List<PageSpan> spans = new ArrayList<>(starts.length);
            int previousEnd = 0;
            for (int i = 0; i < starts.length; i++) {
                int start = starts[i] < 0 ? previousEnd : starts[i];
                int end = starts[i] < 0 ? start : ends[i];
                spans.add(new PageSpan(i + 1, start, Math.min(end, textEnd)));
                previousEnd = end;
            }
            return spans;
        }
    }
}
