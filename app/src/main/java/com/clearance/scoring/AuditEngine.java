package com.clearance.scoring;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentReading;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.domain.WorkProgress;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The audit engine: interprets a clause library over a document. Pure and thread-safe; build one per library and
 * reuse it (the vocabulary is compiled once).
 */
public final class AuditEngine {

    /** Evidence shown per finding: the deciding sentence first, then the others that shaped it. */
    public static final int MAX_EVIDENCE = 4;

    private final ClauseLibrary library;
    private final ConceptIndex index;

    public AuditEngine(ClauseLibrary library) {
        this.library = library;
        this.index = ConceptIndex.compile(library.vocabulary().concepts());
    }

    public ClauseLibrary library() {
        return library;
    }

    /**
     * One finding per clause. A clause whose concept pattern runs out of time on some sentence is left out (its
     * failure named in the result, the score taken over the clauses audited, the version marked partial); the
     * other clauses are audited as usual.
     */
    public AuditResult audit(ContractDocument document) {
        return audit(document, WorkProgress.NONE);
    }

    /** The stage name reported per clause. */
    public static final String JUDGING = "judging clauses";

    /**
     * Audits, telling {@code progress} as sentences are read and after each clause is judged ("judging clauses", k of
     * n); a {@link com.clearance.domain.WorkCancelledException} from it stops the audit between steps.
     */
    public AuditResult audit(ContractDocument document, WorkProgress progress) {
        DocumentFeatures features = DocumentFeatures.of(document, index, library.vocabulary(), progress);
        List<ClauseDefinition> audited = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<ClauseDefinition> clauses = library.clauses();
        for (int k = 0; k < clauses.size(); k++) {
            int judged = k;
            progress.step(JUDGING, judged, clauses.size());
            ClauseDefinition clause = clauses.get(k);
            try {
                findings.add(finding(clause, ClauseJudge.judge(clause, features,
                        () -> progress.step(JUDGING, judged, clauses.size())), document, features));
                audited.add(clause);
            } catch (PatternTimeoutException e) {
                failed.add(clause.id());
                failures.add(failure(clause, e));
            }
        }
        progress.step(JUDGING, clauses.size(), clauses.size());
        Score score = Score.of(audited, findings);
        String version = library.version();
        String explanation = score.explanation();
        if (!failed.isEmpty()) {
            version += " (partial: " + String.join(", ", failed) + " not audited)";
            explanation += ". Not audited: " + String.join(" ", failures);
        }
        return new AuditResult(document.name(), document.sha256(), document.pageCount(), score.value(),
                explanation, version, findings, reading(document, features), failures);
    }

    /** The plain sentence for a clause that could not be audited: the clause, the file, the concept and the pattern. */
    String failure(ClauseDefinition clause, PatternTimeoutException e) {
        return "clause " + clause.id() + " was not audited: " + library.vocabulary().fileOf(e.concept()) + ": "
                + e.getMessage() + "; bound its repetitions (for example [^.]{0,80} or (\\w+ ){0,6}) and run"
                + " 'clearance library validate'.";
    }

    private static final java.util.regex.Pattern TERMS_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(terms|agreement|contract|conditions|addendum|policy|licen[cs]e|order form|schedule)\\b");

    private static final java.util.regex.Pattern AGREEMENT_MARK = java.util.regex.Pattern.compile(
            "(?i)\\b(agreement|contract|terms) (is made |is entered into )?(by and )?between\\b|\\bentered into\\b"
                    + "|\\beffective (date|term)\\b|(^|\\s)/s/\\s|\\bin witness whereof\\b|\\bhereby\\b");

    /** How the document read as an agreement: its terms, numbered clauses and the language of its sentences. */
    static DocumentReading reading(ContractDocument document, DocumentFeatures features) {
        java.util.BitSet withTerm = new java.util.BitSet();
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).modality() != Modality.NONE) withTerm.set(features.get(i).sentenceIndex());
        }
        int numbered = (int) document.sections().stream().filter(s -> s.number() != null && !s.number().isBlank()).count();
        String opening = document.text().substring(0, Math.min(400, document.text().length()));
        boolean titled = TERMS_TITLE.matcher(opening).find() || document.sections().stream()
                .anyMatch(s -> s.heading() != null && TERMS_TITLE.matcher(s.heading()).find());
        int library = 0;
        int other = 0;
        for (Sentence s : document.sentences()) {
            switch (LanguageShare.of(s.text())) {
                case LIBRARY -> library++;
                case OTHER -> other++;
                default -> { }
            }
        }
        int marks = 0;
        for (java.util.regex.Matcher m = AGREEMENT_MARK.matcher(document.text()); m.find() && marks < 100; ) {
            marks++;
        }
        return new DocumentReading(document.sentences().size(), withTerm.cardinality(), numbered, marks, titled,
                library, other, LanguageShare.LIBRARY_LANGUAGE);
    }

    /** One line per topical sentence of the clause: where it is, what it points to (or "ignored") and why. */
    public List<String> explain(ContractDocument document, String clauseId) {
        ClauseDefinition clause = library.clause(clauseId);
        if (clause == null) return List.of("no clause '" + clauseId + "' in the library");
        DocumentFeatures features = DocumentFeatures.of(document, index, library.vocabulary());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            List<SentenceVerdict> v;
            try {
                if (!ClauseJudge.isCandidate(clause.signals(), features.get(i))) continue;
                v = ClauseJudge.judge(clause, features, i);
            } catch (PatternTimeoutException e) {
                out.add(failure(clause, e));
                break;
            }
            Sentence s = document.sentences().get(features.get(i).sentenceIndex());
            String verdict = v.isEmpty() ? "ignored" : v.get(0).status().id() + (v.get(0).tentative() ? " (tentative)" : "")
                    + ": " + v.get(0).rationale();
            out.add("[" + s.section() + " p" + s.page() + "] " + verdict + "\n    " + s.text());
        }
        return out;
    }

    static Finding finding(ClauseDefinition clause, List<SentenceVerdict> verdicts, ContractDocument document,
                           DocumentFeatures features) {
        Status status = ClauseJudge.decide(verdicts);
        String recommendation = status == Status.PROTECTIVE ? null : clause.recommendation().asText();
        if (status == Status.MISSING) {
            return new Finding(clause.id(), status, List.of(), "Not addressed: no sentence found on "
                    + clause.lookedFor().strip() + ". " + SearchReport.of(clause, features),
                    recommendation, clause.lookedFor());
        }
        List<SentenceVerdict> ordered = orderEvidence(verdicts, status);
        List<Evidence> evidence = new ArrayList<>();
        Set<Integer> shownSentences = new java.util.HashSet<>();
        for (SentenceVerdict v : ordered) {
            if (!shownSentences.add(v.sentenceIndex())) continue; // two items of one inline list
            evidence.add(evidenceOf(document, v.sentenceIndex(), v.status()));
            if (v == ordered.get(0)) {
                // a list item was read with its lead-in ("Provider will not be liable for any:"): that shaped it too
                int leadIn = leadInOf(features, v.sentenceIndex());
                if (leadIn >= 0 && shownSentences.add(leadIn)) evidence.add(evidenceOf(document, leadIn, v.status()));
            }
            if (v == ordered.get(0) && v.supportIndex() >= 0 && v.supportIndex() != v.sentenceIndex()) {
                // the sentence the reading rests on ("the Usage Policy is part of these Terms") shaped the finding
                if (!shownSentences.add(v.supportIndex())) continue;
                evidence.add(evidenceOf(document, v.supportIndex(), v.status()));
            }
        }
        // the definition the deciding sentence was read through ("Customer Data" includes outputs) shaped it too
        for (int defining : DefinitionChain.definingSentences(clause, ordered.get(0), document, features)) {
            if (!shownSentences.add(defining)) continue;
            evidence.add(evidenceOf(document, defining, ordered.get(0).status()));
            break;
        }
        String chain = DefinitionChain.explain(clause, ordered.get(0), document, features);
        return new Finding(clause.id(), status, evidence, rationale(ordered, status) + chain, recommendation, null);
    }

    private static Evidence evidenceOf(ContractDocument document, int sentenceIndex, Status pointsTo) {
        Sentence s = document.sentences().get(sentenceIndex);
        return new Evidence(s.text(), s.page(), s.section(), s.start(), s.end(), pointsTo);
    }

    private static int leadInOf(DocumentFeatures features, int sentenceIndex) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).sentenceIndex() == sentenceIndex) return features.get(i).leadInIndex();
        }
        return -1;
    }

    /** Deciding sentence first, then one sentence per other status, then the rest in document order; capped. */
    static List<SentenceVerdict> orderEvidence(List<SentenceVerdict> verdicts, Status decided) {
        List<SentenceVerdict> out = new ArrayList<>();
        Set<Status> shown = EnumSet.noneOf(Status.class);
        for (SentenceVerdict v : verdicts) {
            if (v.status() == decided && ClauseJudge.decisive(v, verdicts)) {
                out.add(v);
                shown.add(decided);
                break;
            }
        }
        for (SentenceVerdict v : verdicts) {
            if (out.size() >= MAX_EVIDENCE) break;
            if (!shown.contains(v.status())) {
                out.add(v);
                shown.add(v.status());
            }
        }
        for (SentenceVerdict v : verdicts) {
            if (out.size() >= MAX_EVIDENCE) break;
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    private static String rationale(List<SentenceVerdict> ordered, Status status) {
        StringBuilder sb = new StringBuilder(ordered.get(0).rationale());
        for (SentenceVerdict v : ordered) {
            if (v.status() != status) {
                String id = v.status().id();
                sb.append("; outweighs ").append("aeiou".indexOf(id.charAt(0)) >= 0 ? "an " : "a ").append(id)
                        .append(" sentence: ").append(v.rationale());
                break;
            }
        }
        return sb.toString();
    }
}
