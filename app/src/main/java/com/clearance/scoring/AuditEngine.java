package com.clearance.scoring;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;

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
        DocumentFeatures features = DocumentFeatures.of(document, index, library.vocabulary());
        List<ClauseDefinition> audited = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ClauseDefinition clause : library.clauses()) {
            try {
                findings.add(finding(clause, ClauseJudge.judge(clause, features), document, features));
                audited.add(clause);
            } catch (PatternTimeoutException e) {
                failed.add(clause.id());
                failures.add(failure(clause, e));
            }
        }
        Score score = Score.of(audited, findings);
        String version = library.version();
        String explanation = score.explanation();
        if (!failed.isEmpty()) {
            version += " (partial: " + String.join(", ", failed) + " not audited)";
            explanation += ". Not audited: " + String.join(" ", failures);
        }
        return new AuditResult(document.name(), document.sha256(), document.pageCount(), score.value(),
                explanation, version, findings, failures);
    }

    /** The plain sentence for a clause that could not be audited: the clause, the file, the concept and the pattern. */
    String failure(ClauseDefinition clause, PatternTimeoutException e) {
        return "clause " + clause.id() + " was not audited: " + library.vocabulary().fileOf(e.concept()) + ": "
                + e.getMessage() + "; bound its repetitions (for example [^.]{0,80} or (\\w+ ){0,6}) and run"
                + " 'clearance library validate'.";
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
            Sentence s = document.sentences().get(v.sentenceIndex());
            evidence.add(new Evidence(s.text(), s.page(), s.section(), s.start(), s.end(), v.status()));
            if (v == ordered.get(0) && v.supportIndex() >= 0 && v.supportIndex() != v.sentenceIndex()) {
                // the sentence the reading rests on ("the Usage Policy is part of these Terms") shaped the finding
                if (!shownSentences.add(v.supportIndex())) continue;
                Sentence support = document.sentences().get(v.supportIndex());
                evidence.add(new Evidence(support.text(), support.page(), support.section(), support.start(),
                        support.end(), v.status()));
            }
        }
        String chain = DefinitionChain.explain(clause, ordered.get(0), document, features);
        return new Finding(clause.id(), status, evidence, rationale(ordered, status) + chain, recommendation, null);
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
                sb.append("; outweighs a ").append(v.status().id()).append(" sentence: ").append(v.rationale());
                break;
            }
        }
        return sb.toString();
    }
}
