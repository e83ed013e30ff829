package com.clearance.scoring;

import com.clearance.domain.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a "missing" finding searched, in plain words, so a reviewer can trust a "not found": how much of the document
 * was read, the vocabulary tried (with the document's own defined terms that joined it), and the sections that touch
 * the topic without deciding it.
 */
final class SearchReport {

    private static final int MAX_SECTIONS = 4;

    private SearchReport() {
    }

    static String of(ClauseDefinition clause, DocumentFeatures doc) {
        int sections = doc.sectionCount();
        StringBuilder sb = new StringBuilder("Searched ").append(doc.sentenceCount()).append(" sentences in ")
                .append(sections).append(sections == 1 ? " section" : " sections").append(" for ");
        List<String> groups = new ArrayList<>();
        for (Set<String> group : clause.signals().require()) {
            List<String> named = new ArrayList<>();
            for (String c : group) {
                List<String> terms = doc.joinedTerms().getOrDefault(c, List.of());
                String word = c.replace('-', ' ');
                named.add(terms.isEmpty() ? word : word + " (with the defined terms " + quoted(terms) + ")");
            }
            groups.add(String.join(" or ", named));
        }
        sb.append(String.join(", together with ", groups)).append('.');
        for (TopicSignals.Route r : clause.signals().routes()) {
            sb.append(" Also read ").append(String.join(", ", r.require().stream().map(g -> String.join(" or ", g)).toList()))
                    .append(" sentences where the agreement has ").append(String.join(" and ", r.documentHas()))
                    .append(r.documentHas().stream().allMatch(c -> doc.size() > 0 && doc.get(0).scope() != null
                            && doc.get(0).scope().has(c)) ? " (it does)." : " (it does not).");
        }
        List<String> near = nearSections(clause, doc);
        if (!near.isEmpty()) {
            sb.append(" Sentences that touch the topic without deciding it: ").append(String.join(", ", near)).append('.');
        }
        return sb.toString();
    }

    /** Sections whose sentences hit all but one of the clause's topic groups (for a clause of two or more). */
    private static List<String> nearSections(ClauseDefinition clause, DocumentFeatures doc) {
        List<Set<String>> groups = clause.signals().require();
        Set<String> out = new LinkedHashSet<>();
        if (groups.size() < 2) return List.of();
        for (int i = 0; i < doc.size() && out.size() < MAX_SECTIONS; i++) {
            SentenceFeatures f = doc.get(i);
            if (groups.get(0).stream().noneMatch(f::has)) continue;
            int hit = 1;
            for (int g = 1; g < groups.size(); g++) {
                if (groups.get(g).stream().anyMatch(f::has)) hit++;
            }
            if (hit < groups.size() - 1) continue;
            Sentence s = doc.sentence(f.sentenceIndex());
            out.add(s.section() == null || s.section().isBlank() ? "p. " + s.page() : "§" + s.section());
        }
        return new ArrayList<>(out);
    }

    private static String quoted(List<String> terms) {
        return String.join(", ", terms.stream().limit(4).map(t -> "\"" + t + "\"").toList());
    }
}
