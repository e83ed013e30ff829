package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.scoring.ClauseDefinition;
import com.clearance.scoring.Recommendation;
import com.clearance.scoring.StatusRule;
import com.clearance.scoring.TopicSignals;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Maps one parsed clause file onto a {@link ClauseDefinition}, recording every problem; null when any was found. */
final class ClauseFileMapper {

    static final List<String> TOP_FIELDS = List.of("id", "title", "category", "weight", "why", "lookedFor", "bars",
            "concepts", "signals", "rules", "otherwise", "recommendation");

    private final Predicate<String> knownFeature;

    ClauseFileMapper(Predicate<String> knownFeature) {
        this.knownFeature = knownFeature;
    }

    ClauseDefinition map(JsonNode root, String fileName, List<LibraryError> errors) {
        int before = errors.size();
        FieldReader r = new FieldReader(fileName, errors);
        if (root == null || !root.isObject()) {
            r.error("", "is not a YAML mapping of clause fields");
            return null;
        }
        r.rejectUnknown(root, "", TOP_FIELDS);
        String id = r.requiredText(root, "id", "id");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) r.error("id", "must be lower-case letters, digits and dashes");
        if (id != null && !fileName.equals(id + ".yaml") && !fileName.equals(id + ".yml")) {
            r.error("id", "'" + id + "' does not match the file name; name the file " + id + ".yaml");
        }
        String title = r.requiredText(root, "title", "title");
        String category = r.requiredText(root, "category", "category");
        String why = r.requiredText(root, "why", "why");
        String lookedFor = r.requiredText(root, "lookedFor", "lookedFor");
        double weight = weight(root, r);
        Map<String, Double> bars = new BarReader(r).read(root.get("bars"));
        TopicSignals signals = signals(root.get("signals"), r);
        RuleReader rules = new RuleReader(r, bars, knownFeature);
        List<StatusRule> ruleList = rules.readRules(root.get("rules"));
        StatusRule otherwise = rules.readOtherwise(root.get("otherwise"));
        checkTags(ruleList, r);
        Recommendation rec = recommendation(root.get("recommendation"), r);
        if (errors.size() > before) return null;
        return new ClauseDefinition(id, title, category, weight, why, lookedFor, signals, ruleList,
                otherwise == null ? null : otherwise.status(), otherwise == null ? null : otherwise.rationale(), rec);
    }

    private static double weight(JsonNode root, FieldReader r) {
        JsonNode w = root.get("weight");
        if (w == null || w.isNull()) {
            r.error("weight", "is missing; add weight: <number greater than 0>");
            return 0;
        }
        if (!w.isNumber() || w.asDouble() <= 0) {
            r.error("weight", "must be a number greater than 0, not '" + w.asText() + "'");
            return 0;
        }
        return w.asDouble();
    }

    private TopicSignals signals(JsonNode node, FieldReader r) {
        if (node == null || !node.isObject()) {
            r.error("signals", "is missing; add signals: {require: [[concept, ...], ...]}");
            return null;
        }
        r.rejectUnknown(node, "signals", List.of("require", "exclude", "headingContext", "routes",
                "softeningScope"));
        JsonNode req = node.get("require");
        List<Set<String>> groups = new ArrayList<>();
        if (req == null || !req.isArray() || req.isEmpty()) {
            r.error("signals.require", "must be a non-empty list of concept groups");
        } else {
            for (int i = 0; i < req.size(); i++) {
                String path = "signals.require[" + i + "]";
                List<String> group = r.textList(req.get(i), path);
                if (group == null) continue;
                if (group.isEmpty()) r.error(path, "is an empty group");
                checkKnown(group, path, r);
                groups.add(new LinkedHashSet<>(group));
            }
        }
        List<String> exclude = r.textList(node.get("exclude"), "signals.exclude");
        if (exclude != null) checkKnown(exclude, "signals.exclude", r);
        JsonNode hc = node.get("headingContext");
        if (hc != null && !hc.isBoolean()) r.error("signals.headingContext", "must be true or false");
        return new TopicSignals(groups, exclude == null ? Set.of() : new LinkedHashSet<>(exclude),
                hc != null && hc.asBoolean(), routes(node.get("routes"), r), softeningScope(node, r));
    }

    /** {@code softeningScope: {tag: [concept, ...]}}. */
    private java.util.Map<String, Set<String>> softeningScope(JsonNode node, FieldReader r) {
        JsonNode n = node.get("softeningScope");
        java.util.Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        if (n == null || n.isNull()) return out;
        if (!n.isObject()) {
            r.error("signals.softeningScope", "must map a tag to the concepts its scope must cover");
            return out;
        }
        var it = n.fields();
        while (it.hasNext()) {
            var e = it.next();
            List<String> concepts = r.textList(e.getValue(), "signals.softeningScope." + e.getKey());
            if (concepts == null) continue;
            checkKnown(concepts, "signals.softeningScope." + e.getKey(), r);
            out.put(e.getKey(), new LinkedHashSet<>(concepts));
        }
        return out;
    }

    /** {@code routes: [{documentHas: [concept], require: [[...]], because: "..."}]}: whole-agreement ways in. */
    private List<TopicSignals.Route> routes(JsonNode node, FieldReader r) {
        List<TopicSignals.Route> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) {
            r.error("signals.routes", "must be a list of {documentHas, require, because}");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "signals.routes[" + i + "]";
            JsonNode rn = node.get(i);
            r.rejectUnknown(rn, path, List.of("documentHas", "require", "because"));
            List<String> has = r.textList(rn.get("documentHas"), path + ".documentHas");
            if (has == null || has.isEmpty()) {
                r.error(path + ".documentHas", "must name at least one concept the agreement must contain");
                continue;
            }
            checkKnown(has, path + ".documentHas", r);
            List<Set<String>> groups = new ArrayList<>();
            JsonNode req = rn.get("require");
            if (req == null || !req.isArray() || req.isEmpty()) {
                r.error(path + ".require", "must be a non-empty list of concept groups");
                continue;
            }
            for (int g = 0; g < req.size(); g++) {
                List<String> group = r.textList(req.get(g), path + ".require[" + g + "]");
                if (group == null || group.isEmpty()) continue;
                checkKnown(group, path + ".require[" + g + "]", r);
                groups.add(new LinkedHashSet<>(group));
            }
            String because = r.requiredText(rn, "because", path + ".because");
            out.add(new TopicSignals.Route(groups, new LinkedHashSet<>(has), because));
        }
        return out;
    }

    private void checkKnown(List<String> features, String path, FieldReader r) {
        for (String f : features) {
            if (!knownFeature.test(f)) {
                r.error(path, "refers to '" + f + "', which is not a concept in the vocabulary or this file");
            }
        }
    }

    /** Every tag a rule is softened by must be carried by some rule of the same clause. */
    private static void checkTags(List<StatusRule> rules, FieldReader r) {
        Set<String> tags = new java.util.HashSet<>();
        rules.forEach(rule -> {
            if (rule.tag() != null) tags.add(rule.tag());
        });
        for (int i = 0; i < rules.size(); i++) {
            for (String t : rules.get(i).softenedBy()) {
                if (!tags.contains(t)) r.error("rules[" + i + "].softenedBy", "refers to tag '" + t + "', which no rule of this clause carries");
            }
        }
    }

    private static Recommendation recommendation(JsonNode node, FieldReader r) {
        if (node == null || !node.isObject()) {
            r.error("recommendation", "is missing; add recommendation: {preferred: ..., fallback: ...}");
            return null;
        }
        r.rejectUnknown(node, "recommendation", List.of("preferred", "fallback"));
        String p = r.requiredText(node, "preferred", "recommendation.preferred");
        String f = r.requiredText(node, "fallback", "recommendation.fallback");
        return new Recommendation(p, f);
    }

    /** Reads the clause's named duration bars ("notice: 90 days"). */
    static final class BarReader {
        private final FieldReader r;

        BarReader(FieldReader r) {
            this.r = r;
        }

        Map<String, Double> read(JsonNode node) {
            Map<String, Double> bars = new HashMap<>();
            if (node == null || node.isNull()) return bars;
            if (!node.isObject()) {
                r.error("bars", "must be a mapping of name: duration (e.g. notice: 90 days)");
                return bars;
            }
            node.fields().forEachRemaining(e -> {
                Double h = com.clearance.scoring.DurationParser.parseBar(e.getValue().asText());
                if (h == null) {
                    r.error("bars." + e.getKey(), "'" + e.getValue().asText() + "' is not a duration like '90 days' or '72 hours'");
                } else {
                    bars.put(e.getKey(), h);
                }
            });
            return bars;
        }
    }

    static Status parseStatus(String text) {
        return Status.fromId(text);
    }
}
