package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.scoring.Condition;
import com.clearance.scoring.DurationParser;
import com.clearance.scoring.StatusRule;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a clause's status rules: conditions over sentence features, a status (or ignore) and a rationale. */
final class RuleReader {

    static final List<String> CONDITION_FIELDS = List.of("all", "any", "none", "durationAtLeast", "durationBelow",
            "durationAtMost", "durationAbove", "hasDuration");

    private final FieldReader r;
    private final Map<String, Double> bars;
    private final Predicate<String> knownFeature;

    RuleReader(FieldReader r, Map<String, Double> bars, Predicate<String> knownFeature) {
        this.r = r;
        this.bars = bars;
        this.knownFeature = knownFeature;
    }

    List<StatusRule> readRules(JsonNode node) {
        List<StatusRule> rules = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            r.error("rules", "must be a non-empty list of {when, status, rationale}");
            return rules;
        }
        for (int i = 0; i < node.size(); i++) {
            StatusRule rule = readRule(node.get(i), "rules[" + i + "]", true);
            if (rule != null) rules.add(rule);
        }
        return rules;
    }

    StatusRule readOtherwise(JsonNode node) {
        if (node == null || node.isNull()) return null;
        return readRule(node, "otherwise", false);
    }

    private StatusRule readRule(JsonNode node, String path, boolean needsWhen) {
        if (node == null || !node.isObject()) {
            r.error(path, "must be a mapping with when, status and rationale");
            return null;
        }
        r.rejectUnknown(node, path, needsWhen ? List.of("when", "status", "rationale", "tentative", "tag", "softenedBy", "softenedTo")
                : List.of("status", "rationale"));
        String statusText = r.requiredText(node, "status", path + ".status");
        Status status = null;
        boolean ok = statusText != null;
        if (statusText != null && !statusText.equalsIgnoreCase("ignore")) {
            try {
                status = Status.fromId(statusText);
                if (status == Status.MISSING) {
                    r.error(path + ".status", "cannot be 'missing' (missing means no sentence addressed the clause)");
                    ok = false;
                }
            } catch (IllegalArgumentException e) {
                r.error(path + ".status", "'" + statusText + "' is not protective, weak, adverse or ignore");
                ok = false;
            }
        }
        String rationale = r.requiredText(node, "rationale", path + ".rationale");
        Condition when = needsWhen ? readCondition(node.get("when"), path + ".when") : Condition.ALWAYS;
        JsonNode tentative = node.get("tentative");
        if (tentative != null && !tentative.isBoolean()) {
            r.error(path + ".tentative", "must be true or false");
            ok = false;
        }
        String tag = r.optionalText(node, "tag", path + ".tag");
        List<String> softenedBy = r.textList(node.get("softenedBy"), path + ".softenedBy");
        String softenedTo = r.optionalText(node, "softenedTo", path + ".softenedTo");
        if (softenedTo != null && !softenedTo.equals("weak") && !softenedTo.equals("ignore")) {
            r.error(path + ".softenedTo", "'" + softenedTo + "' is not weak or ignore");
            ok = false;
        }
        return ok && rationale != null && when != null && softenedBy != null
                ? new StatusRule(when, status, rationale, tentative != null && tentative.asBoolean(), tag,
                        new LinkedHashSet<>(softenedBy), "ignore".equals(softenedTo)) : null;
    }

    private Condition readCondition(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            r.error(path, "must be a mapping (all, any, none, durationAtLeast, ...)");
            return null;
        }
        r.rejectUnknown(node, path, CONDITION_FIELDS);
        Set<String> all = features(node.get("all"), path + ".all");
        Set<String> any = features(node.get("any"), path + ".any");
        Set<String> none = features(node.get("none"), path + ".none");
        JsonNode has = node.get("hasDuration");
        if (has != null && !has.isBoolean()) r.error(path + ".hasDuration", "must be true or false");
        return new Condition(all, any, none, hours(node, "durationAtLeast", path), hours(node, "durationBelow", path),
                hours(node, "durationAtMost", path), hours(node, "durationAbove", path),
                has == null || !has.isBoolean() ? null : has.asBoolean());
    }

    private Set<String> features(JsonNode node, String path) {
        List<String> list = r.textList(node, path);
        if (list == null) return Set.of();
        for (String f : list) {
            if (!knownFeature.test(f)) {
                r.error(path, "refers to '" + f + "', which is not a concept, heading:<concept>, modality "
                        + "(prohibition, permission, obligation, no-modality) or definition");
            }
        }
        return new LinkedHashSet<>(list);
    }

    private Double hours(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        String text = v.asText();
        if (bars.containsKey(text)) return bars.get(text);
        Double h = DurationParser.parseBar(text);
        if (h == null) {
            r.error(path + "." + field, "'" + text + "' is neither a bar named in bars nor a duration like '90 days'");
        }
        return h;
    }
}
