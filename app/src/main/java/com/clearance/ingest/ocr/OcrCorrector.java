package com.clearance.ingest.ocr;

import com.clearance.ingest.pdf.PdfLine;
import com.clearance.text.LayoutWord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mends the commonest OCR slips using the document as its own dictionary: a word with a character OCR often
 * confuses ("Mode!", "mode's", "0utput") becomes the spelling the document uses more often ("Model", "models",
 * "Output"), and two words run together ("Datain", "PARTIESAND") are split where both halves occur elsewhere in the
 * document. "Al" standing alone is "AI" in these contracts. Nothing is changed towards a spelling the document never
 * uses, so names and codes stay as recognised.
 */
public final class OcrCorrector {

    private static final String EDGE = "\"'“”‘’()[],.;:";
    private static final char[][] CONFUSIONS = {{'!', 'l'}, {'|', 'l'}, {'1', 'l'}, {'\'', 'l'}, {'’', 'l'},
            {'0', 'o'}, {'!', 'i'}, {'|', 'I'}, {'1', 'I'}, {'0', 'O'}, {'5', 's'}, {'8', 'B'}};
    private static final int MIN_SPLIT = 6;
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("in", "of", "and", "the", "to",
            "or", "for", "on", "by", "with", "any", "all", "as", "at", "be", "is", "not", "than", "that", "its", "an",
            "no", "may", "shall", "will", "from");

    private final Map<String, Integer> counts = new HashMap<>();

    public OcrCorrector(List<List<PdfLine>> pages) {
        for (List<PdfLine> page : pages) {
            for (PdfLine line : page) {
                for (String token : line.text().split(" ")) {
                    String core = core(token);
                    if (!core.isEmpty()) {
                        counts.merge(core.toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
    }

    public PdfLine correct(PdfLine line) {
        List<LayoutWord> words = new ArrayList<>(line.words().size());
        List<LayoutWord> source = joinBroken(line.words());
        StringBuilder text = new StringBuilder();
        boolean changed = source.size() != line.words().size();
        for (LayoutWord w : source) {
            String fixed = correctToken(w.text());
            changed |= !fixed.equals(w.text());
            words.add(fixed.equals(w.text()) ? w
                    : new LayoutWord(fixed, w.left(), w.top(), w.right(), w.bottom(), w.confidence()));
            text.append(text.isEmpty() ? "" : " ").append(fixed);
        }
        if (!changed) {
            return line;
        }
        return new PdfLine(OcrText.cleanLine(text.toString()), line.baseline(), line.height(), line.left(),
                line.right(), words);
    }

    /**
     * "givi ng" and "Subpr ocessor s" as one word: neighbours are joined when the joined form is a word of the
     * document and one of them is not (met no more than here).
     */
    private List<LayoutWord> joinBroken(List<LayoutWord> words) {
        List<LayoutWord> out = new ArrayList<>(words.size());
        for (LayoutWord w : words) {
            if (!out.isEmpty()) {
                LayoutWord last = out.get(out.size() - 1);
                String a = last.text();
                String b = w.text();
                String joined = core(a + b);
                boolean lettersMeet = !a.isEmpty() && Character.isLetter(a.charAt(a.length() - 1))
                        && Character.isLetter(b.charAt(0));
                if (lettersMeet && count(joined) >= 1 && Math.min(count(core(a)), count(core(b))) <= 1) {
                    out.set(out.size() - 1, new LayoutWord(a + b, last.left(), Math.min(last.top(), w.top()),
                            w.right(), Math.max(last.bottom(), w.bottom()),
                            Math.min(last.confidence(), w.confidence())));
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    String correctToken(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && EDGE.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start >= end) {
            return token;
        }
        String core = token.substring(start, end);
        String fixed = correctCore(core);
        return fixed.equals(core) ? token : token.substring(0, start) + fixed + token.substring(end);
    }

    private String correctCore(String core) {
        if (core.equals("Al")) {
            return "AI";
        }
        int own = count(core);
        String best = core;
        int bestCount = own;
        for (char[] swap : CONFUSIONS) {
            if (core.indexOf(swap[0]) < 0 || !hasLetter(core)) {
                continue;
            }
            String candidate = core.replace(swap[0], swap[1]);
            int n = count(candidate);
            if (n > bestCount) {
                best = candidate;
                bestCount = n;
            }
        }
        if (best.equals(core) && own <= 1 && core.length() >= MIN_SPLIT && core.chars().allMatch(Character::isLetter)) {
            return split(core);
        }
        return best;
    }

    /**
     * "Datain" as "Data in": OCR mostly loses the space before or after a short function word, so a word met once is
     * split only where one half is such a word and the other occurs at least three times in the document.
     */
    private String split(String core) {
        String best = core;
        int bestScore = 0;
        for (int i = 2; i <= core.length() - 2; i++) {
            String head = core.substring(0, i);
            String tail = core.substring(i);
            boolean headSmall = FUNCTION_WORDS.contains(head.toLowerCase(Locale.ROOT));
            boolean tailSmall = FUNCTION_WORDS.contains(tail.toLowerCase(Locale.ROOT));
            if (!headSmall && !tailSmall) {
                continue;
            }
            int other = headSmall ? count(tail) : count(head);
            if (other >= 3 && other > bestScore) {
                best = head + " " + tail;
                bestScore = other;
            }
        }
        return best;
    }

    private int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private static boolean hasLetter(String s) {
        return s.chars().filter(Character::isLetter).count() >= 2;
    }

    private static String core(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && EDGE.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }
}
