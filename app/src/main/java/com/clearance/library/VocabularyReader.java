package com.clearance.library;

import com.clearance.scoring.ClauseDefinition;
import com.clearance.scoring.ConceptIndex;
import com.clearance.scoring.Vocabulary;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code _vocabulary.yaml} and gathers the concepts clause files define locally (under {@code concepts:}), so
 * that every name is defined exactly once and every pattern compiles.
 */
final class VocabularyReader {

    record Result(Vocabulary vocabulary, List<String> order, Set<String> brokenFiles) {
    }

    Result read(JsonNode root, Map<String, JsonNode> clauseFiles, List<LibraryError> errors) {
        String file = ClauseLibraryLoader.VOCABULARY_FILE;
        FieldReader r = new FieldReader(file, errors);
        Map<String, List<String>> concepts = new LinkedHashMap<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        String version = "unversioned";
        List<String> termConcepts = List.of();
        List<String> alsoJoins = List.of();
        List<String> order = List.of();
        if (root != null && root.isObject()) {
            r.rejectUnknown(root, "", List.of("version", "order", "definedTermConcepts", "definedTermAlsoJoins",
                    "concepts"));
            String v = r.requiredText(root, "version", "version");
            if (v != null) version = v;
            List<String> o = r.textList(root.get("order"), "order");
            if (o != null) order = o;
            readConcepts(root.get("concepts"), r, concepts, definedIn, "concepts");
            for (String req : Vocabulary.REQUIRED) {
                if (!concepts.containsKey(req)) r.error("concepts." + req, "is missing; the engine reads modality from it");
            }
            List<String> tc = r.textList(root.get("definedTermConcepts"), "definedTermConcepts");
            if (tc != null) termConcepts = tc;
            List<String> aj = r.textList(root.get("definedTermAlsoJoins"), "definedTermAlsoJoins");
            if (aj != null) alsoJoins = aj;
        } else if (root != null) {
            r.error("", "is not a YAML mapping");
        }
        Set<String> broken = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : clauseFiles.entrySet()) {
            JsonNode local = e.getValue() == null ? null : e.getValue().get("concepts");
            if (local == null) continue;
            int before = errors.size();
            readConcepts(local, new FieldReader(e.getKey(), errors), concepts, definedIn, "concepts");
            if (errors.size() > before) broken.add(e.getKey());
        }
        for (String c : termConcepts) {
            if (!concepts.containsKey(c)) r.error("definedTermConcepts", "refers to '" + c + "', which is not a concept");
        }
        for (String c : alsoJoins) {
            if (!concepts.containsKey(c)) r.error("definedTermAlsoJoins", "refers to '" + c + "', which is not a concept");
        }
        List<String> validTerms = termConcepts.stream().filter(concepts::containsKey).toList();
        List<String> validAlso = alsoJoins.stream().filter(concepts::containsKey).toList();
        return new Result(new Vocabulary(version, concepts, validTerms, validAlso, definedIn), order, broken);
    }

    private static void readConcepts(JsonNode node, FieldReader r, Map<String, List<String>> concepts,
                                     Map<String, String> definedIn, String path) {
        if (node == null) {
            r.error(path, "is missing; add concepts: {name: [pattern, ...]}");
            return;
        }
        if (!node.isObject()) {
            r.error(path, "must be a mapping of concept name to a list of patterns");
            return;
        }
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            String field = path + "." + name;
            if (definedIn.containsKey(name)) {
                r.error(field, "concept '" + name + "' is already defined in " + definedIn.get(name));
                return;
            }
            List<String> patterns = r.textList(e.getValue(), field);
            if (patterns == null) return;
            if (patterns.isEmpty()) {
                r.error(field, "has no patterns");
                return;
            }
            for (int i = 0; i < patterns.size(); i++) {
                String problem = ConceptIndex.problemWith(patterns.get(i));
                if (problem == null) {
                    problem = PatternRisk.problemWith(patterns.get(i));
                }
                if (problem != null) {
                    r.error(field + "[" + i + "]", "pattern '" + patterns.get(i) + "' is not valid: " + problem);
                    return;
                }
            }
            concepts.put(name, new ArrayList<>(patterns));
            definedIn.put(name, r.file());
        });
    }

    /** Clauses in the vocabulary's order, the rest by id. */
    static Comparator<ClauseDefinition> byOrder(List<String> order) {
        return Comparator.<ClauseDefinition>comparingInt(c -> {
            int i = order.indexOf(c.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(ClauseDefinition::id);
    }
}
