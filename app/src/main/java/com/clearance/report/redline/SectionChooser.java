package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a clause the contract lacks should go: the section whose heading shares most words with the clause's title
 * (a data-residency clause under "Data Protection"), after that section's last sentence; when no heading fits, after
 * the last sentence of the agreement before any schedule, exhibit or annex.
 */
final class SectionChooser {

    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "customer", "provider", "vendor",
            "notice", "terms", "clause", "section", "agreement", "use", "rights");
    /** Heading words (as five-letter stems) under which each library clause usually sits, beyond its title's. */
    private static final Map<String, List<String>> HEADING_HINTS = Map.ofEntries(
            Map.entry("training-use", List.of("data", "conte", "usage", "priva")),
            Map.entry("data-residency", List.of("data", "locat", "regio", "trans", "prote", "priva")),
            Map.entry("data-retention", List.of("data", "reten", "delet", "termi")),
            Map.entry("confidentiality", List.of("confi")),
            Map.entry("audit-rights", List.of("audit", "assur", "compl", "secur")),
            Map.entry("exit-portability", List.of("termi", "exit", "porta", "trans")),
            Map.entry("human-review", List.of("revie", "human", "priva", "data", "conte")),
            Map.entry("ip-indemnity", List.of("indem", "intel", "prope")),
            Map.entry("liability-cap", List.of("liabi", "limit")),
            Map.entry("model-substitution", List.of("model", "servi", "chang")),
            Map.entry("notice-channel", List.of("notic")),
            Map.entry("output-ownership", List.of("outpu", "owner", "intel", "prope")),
            Map.entry("performance-sla", List.of("servi", "level", "avail", "suppo")),
            Map.entry("price-change", List.of("price", "fees", "payme", "charg")),
            Map.entry("safety-change-notice", List.of("safet", "polic", "chang", "accep")),
            Map.entry("security-incident", List.of("secur", "breac", "incid")),
            Map.entry("subprocessors", List.of("subpr", "proce", "data", "prote", "priva")));
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)^(schedule|exhibit|annex|appendix|attachment|signature)");

    private SectionChooser() {
    }

    /** The sentence the new clause goes after, or null when the document has no sentences. */
    static Sentence anchor(ContractDocument document, String clauseId, String title) {
        Set<String> wanted = stems(title + " " + clauseId.replace('-', ' '), true);
        wanted.addAll(HEADING_HINTS.getOrDefault(clauseId, List.of()));
        Section best = null;
        int bestScore = 0;
        for (Section s : document.sections()) {
            int score = 0;
            for (String stem : stems(s.heading() == null ? "" : s.heading(), false)) {
                if (wanted.contains(stem)) {
                    score++;
                }
            }
            if (score > bestScore) {
                Sentence last = lastSentence(document.sentences(), s.start(), s.end());
                if (last != null) {
                    best = s;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return lastSentence(document.sentences(), best.start(), best.end());
        }
        Sentence last = null;
        for (Sentence s : document.sentences()) {
            if (!s.sectionPath().isEmpty() && ATTACHMENT.matcher(s.sectionPath().get(0)).find()) {
                break;
            }
            last = s;
        }
        List<Sentence> all = document.sentences();
        return last != null ? last : all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static Sentence lastSentence(List<Sentence> sentences, int start, int end) {
        Sentence last = null;
        for (Sentence s : sentences) {
            if (s.start() >= start && s.start() < end) {
                last = s;
            }
        }
        return last;
    }

    private static Set<String> stems(String text, boolean dropCommon) {
        Set<String> out = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 3 && !(dropCommon && COMMON.contains(word))) {
                out.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return out;
    }
}
