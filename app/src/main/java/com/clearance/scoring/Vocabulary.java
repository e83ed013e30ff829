package com.clearance.scoring;

import java.util.List;
import java.util.Map;

/**
 * The shared words of the clause library: named concepts (each a list of patterns over lower-case text, and the file
 * that defines it), the library
 * version, which concepts a document's own defined terms may join (in priority order, one of them), and which they
 * may join besides ("Customer Content" defined to include Output is customer content and an output term too).
 */
public record Vocabulary(String version, Map<String, List<String>> concepts, List<String> definedTermConcepts,
                         List<String> definedTermAlsoJoins, Map<String, String> conceptFiles) {

    /** Modality cues the feature extractor reads; the vocabulary must define them. */
    public static final String CUE_PROHIBITION = "cue-prohibition";
    public static final String CUE_PERMISSION = "cue-permission";
    public static final String CUE_OBLIGATION = "cue-obligation";
    public static final String CUE_DOUBLE_NEGATION = "cue-double-negation";
    /** Sentences hitting this concept only point elsewhere ("see our DPA") and decide nothing. */
    public static final String CROSS_REFERENCE = "cross-reference";
    /** When defined, only defined terms whose name hits this concept ("... Data", "... Materials") may join concepts. */
    public static final String DEFINABLE_TERM = "definable-term";
    /**
     * When defined: a sentence hitting it ("such changes", "the foregoing") refers back to the sentence before it, which
     * may then supply one of a clause's topic groups (never all of them), as a heading can.
     */
    public static final String ANAPHORA = "anaphora";
    /** When defined: a sentence hitting it ("you can turn this off") is about the previous sentence's whole topic. */
    public static final String ANAPHORA_FULL = "anaphora-full";

    /** When defined: a sentence whose own subject is a free plan, trial, pilot, beta or preview decides nothing. */
    public static final String OUT_OF_SCOPE = "out-of-scope";
    /** When defined: nor does any sentence under a heading hitting this concept ("Beta Services"). */
    public static final String OUT_OF_SCOPE_HEADING = "out-of-scope-heading";

    /** When defined: site navigation kept in a saved page (a run of links) is not contract text. */
    public static final String NAVIGATION = "navigation";

    public static final List<String> REQUIRED = List.of(CUE_PROHIBITION, CUE_PERMISSION, CUE_OBLIGATION,
            CUE_DOUBLE_NEGATION);

    public Vocabulary {
        concepts = Map.copyOf(concepts);
        definedTermConcepts = List.copyOf(definedTermConcepts);
        definedTermAlsoJoins = definedTermAlsoJoins == null ? List.of() : List.copyOf(definedTermAlsoJoins);
        conceptFiles = conceptFiles == null ? Map.of() : Map.copyOf(conceptFiles);
    }

    public Vocabulary(String version, Map<String, List<String>> concepts, List<String> definedTermConcepts,
                      List<String> definedTermAlsoJoins) {
        this(version, concepts, definedTermConcepts, definedTermAlsoJoins, Map.of());
    }

    /** The library file that defines the concept ("_vocabulary.yaml", "training-use.yaml"), or "the clause library". */
    public String fileOf(String concept) {
        return conceptFiles.getOrDefault(concept, "the clause library");
    }

    public Vocabulary(String version, Map<String, List<String>> concepts, List<String> definedTermConcepts) {
        this(version, concepts, definedTermConcepts, List.of());
    }
}
