package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.scoring.eval.ClauseLabel;
import com.clearance.scoring.eval.LabelSet;
import com.clearance.scoring.eval.LabelledDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a reviewing lawyer's answer key (JSON: file to clause to status, confidence, why and the deciding sentences,
 * deciding one first). The first deciding sentence is the one a finding's evidence must hold; low-confidence calls
 * are left out.
 */
final class AnswerKeyReader {

    LabelSet read(Path file) throws ClauseLibraryException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ClauseLibraryException(file.getFileName() + ": cannot be read as JSON: "
                    + ClauseLibraryLoader.firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new ClauseLibraryException(file.getFileName() + ": an answer key is an object of documents.");
        }
        List<LabelledDocument> docs = new ArrayList<>();
        var files = root.fields();
        while (files.hasNext()) {
            var doc = files.next();
            Map<String, ClauseLabel> labels = new LinkedHashMap<>();
            var clauses = doc.getValue().fields();
            while (clauses.hasNext()) {
                var c = clauses.next();
                if (LabelSetLoader.isLowConfidence(c.getValue())) continue;
                labels.put(c.getKey(), label(c.getValue(), file, doc.getKey(), c.getKey()));
            }
            docs.add(new LabelledDocument(doc.getKey(), null, labels));
        }
        return new LabelSet(file.getFileName().toString(), docs);
    }

    private static ClauseLabel label(JsonNode n, Path file, String doc, String clause) throws ClauseLibraryException {
        String status = LabelSetLoader.text(n, "status");
        try {
            Status s = Status.fromId(status == null ? "" : status);
            JsonNode deciding = n.get("deciding");
            String first = deciding != null && deciding.isArray() && !deciding.isEmpty() ? deciding.get(0).asText() : null;
            return new ClauseLabel(s, null, null, first, LabelSetLoader.text(n, "why"));
        } catch (IllegalArgumentException e) {
            throw new ClauseLibraryException(file.getFileName() + ": " + doc + " / " + clause + ": " + e.getMessage());
        }
    }
}
