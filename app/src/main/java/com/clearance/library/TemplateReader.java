package com.clearance.library;

import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.ClassifierSettings;
import com.clearance.runbook.Phase;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.Signal;
import com.clearance.runbook.TicketCategory;
import com.clearance.runbook.WeekRange;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one parsed template file into a {@link RunbookTemplate}, collecting every problem with the field path where
 * it sits (e.g. {@code phases[1].items[3].due}) rather than stopping at the first.
 */
final class TemplateReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final Set<String> knownClauseIds;
    private final List<String> problems = new ArrayList<>();

    TemplateReader(String file, Set<String> knownClauseIds) {
        this.file = file;
        this.knownClauseIds = knownClauseIds;
    }

    List<String> problems() {
        return problems;
    }

    RunbookTemplate read(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("(top)", "the file must hold a mapping with id, name, categories and phases");
            return null;
        }
        String id = id(root, "id");
        String name = text(root, "name", "name", true);
        int version = root.path("version").asInt(1);
        String description = text(root, "description", "description", false);
        ClassifierSettings settings = classifier(root.path("classifier"));
        List<TicketCategory> categories = new ArrayList<>();
        Set<String> categoryIds = new HashSet<>();
        JsonNode cats = list(root, "categories", "categories");
        for (int i = 0; i < cats.size(); i++) {
            TicketCategory c = category(cats.get(i), "categories[" + i + "]");
            if (c != null && !categoryIds.add(c.id())) {
                problem("categories[" + i + "].id", "duplicate category id '" + c.id() + "'");
            }
            if (c != null) {
                categories.add(c);
            }
        }
        if (settings != null && !categoryIds.contains(settings.fallbackCategory())) {
            problem("classifier.fallback", "names category '" + settings.fallbackCategory() + "', which is not defined");
        }
        List<Phase> phases = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        Set<String> phaseIds = new HashSet<>();
        JsonNode ps = list(root, "phases", "phases");
        for (int i = 0; i < ps.size(); i++) {
            String at = "phases[" + i + "]";
            JsonNode p = ps.get(i);
            String pid = id(p, at + ".id");
            if (pid != null && !phaseIds.add(pid)) {
                problem(at + ".id", "duplicate phase id '" + pid + "'");
            }
            List<ChecklistItem> items = new ArrayList<>();
            JsonNode is = list(p, "items", at + ".items");
            for (int j = 0; j < is.size(); j++) {
                ChecklistItem item = item(is.get(j), at + ".items[" + j + "]", categoryIds);
                if (item != null && !itemIds.add(item.id())) {
                    problem(at + ".items[" + j + "].id", "duplicate item id '" + item.id() + "'");
                }
                if (item != null) {
                    items.add(item);
                }
            }
            phases.add(new Phase(pid, text(p, "name", at + ".name", true), weeks(p.path("weeks"), at + ".weeks"), items));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new RunbookTemplate(id, name, version, description, settings, categories, phases);
    }

    private ClassifierSettings classifier(JsonNode c) {
        if (c.isMissingNode()) {
            return new ClassifierSettings("other", 2.0, 2.0);
        }
        String fallback = c.path("fallback").asText("other");
        double min = number(c, "minScore", "classifier.minScore", 2.0);
        double summary = number(c, "summaryWeight", "classifier.summaryWeight", 2.0);
        return new ClassifierSettings(fallback, min, summary);
    }

    private TicketCategory category(JsonNode c, String at) {
        String id = id(c, at + ".id");
        String name = text(c, "name", at + ".name", true);
        String meaning = text(c, "meaning", at + ".meaning", true);
        WeekRange weeks = weeks(c.path("weeks"), at + ".weeks");
        List<Signal> signals = signals(c.path("signals"), at + ".signals");
        List<Signal> negatives = signals(c.path("negative"), at + ".negative");
        return id == null ? null : new TicketCategory(id, name, meaning, weeks, signals, negatives);
    }

    private List<Signal> signals(JsonNode list, String at) {
        List<Signal> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problem(at, "must be a list of {match, weight}");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String match = text(s, "match", at + "[" + i + "].match", true);
            double weight = number(s, "weight", at + "[" + i + "].weight", Double.NaN);
            if (!Double.isNaN(weight) && weight <= 0) {
                problem(at + "[" + i + "].weight", "must be above 0 (negative cues go under 'negative')");
            }
            if (match != null && !Double.isNaN(weight)) {
                out.add(new Signal(match.toLowerCase(java.util.Locale.ROOT).trim(), weight));
            }
        }
        return out;
    }

    private ChecklistItem item(JsonNode n, String at, Set<String> categoryIds) {
        String id = id(n, at + ".id");
        String title = text(n, "title", at + ".title", true);
        String done = text(n, "done", at + ".done", true);
        String owner = text(n, "owner", at + ".owner", true);
        double due = number(n, "due", at + ".due", Double.NaN);
        String evidence = text(n, "evidence", at + ".evidence", true);
        List<String> clauses = strings(n.path("clauses"), at + ".clauses");
        for (String clause : clauses) {
            if (!knownClauseIds.contains(clause)) {
                problem(at + ".clauses", "unknown clause id '" + clause + "' (not in the clause library)");
            }
        }
        List<String> prepares = strings(n.path("prepares"), at + ".prepares");
        if (prepares.isEmpty() && !n.path("prepares").isMissingNode()) {
            problem(at + ".prepares", "must name at least one ticket category");
        }
        for (String cat : prepares) {
            if (!categoryIds.contains(cat)) {
                problem(at + ".prepares", "unknown ticket category '" + cat + "' (not defined under categories)");
            }
        }
        if (id == null || Double.isNaN(due)) {
            return null;
        }
        return new ChecklistItem(id, title, done, owner, (int) due, evidence, clauses, prepares);
    }

    private WeekRange weeks(JsonNode w, String at) {
        if (!w.isObject()) {
            problem(at, "missing: give {from: N, to: M} in weeks relative to launch");
            return null;
        }
        double from = number(w, "from", at + ".from", Double.NaN);
        double to = number(w, "to", at + ".to", Double.NaN);
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return null;
        }
        if (from > to) {
            problem(at, "starts after it ends (" + (int) from + " > " + (int) to + ")");
            return null;
        }
        return new WeekRange((int) from, (int) to);
    }

    private List<String> strings(JsonNode list, String at) {
        List<String> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problem(at, "must be a list");
            return out;
        }
        list.forEach(v -> out.add(v.asText().trim()));
        return out;
    }

    private JsonNode list(JsonNode parent, String field, String at) {
        JsonNode n = parent.path(field);
        if (!n.isArray() || n.isEmpty()) {
            problem(at, n.isMissingNode() ? "missing: expected a non-empty list" : "must be a non-empty list");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return n;
    }

    private String id(JsonNode parent, String at) {
        String field = at.substring(at.lastIndexOf('.') + 1);
        String v = text(parent, field, at, true);
        if (v != null && !ID.matcher(v).matches()) {
            problem(at, "'" + v + "' is not a valid id (lower-case letters, digits and hyphens)");
            return null;
        }
        return v;
    }

    private String text(JsonNode parent, String field, String at, boolean required) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            if (required) {
                problem(at, "missing");
            }
            return null;
        }
        if (!n.isValueNode()) {
            problem(at, "must be text");
            return null;
        }
        return n.asText().trim();
    }

    private double number(JsonNode parent, String field, String at, double fallback) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) {
            if (Double.isNaN(fallback)) {
                problem(at, "missing");
            }
            return fallback;
        }
        if (!n.isNumber()) {
            problem(at, "must be a number, found '" + n.asText() + "'");
            return Double.NaN;
        }
        return n.asDouble();
    }

    private void problem(String field, String what) {
        problems.add(file + ": " + field + ": " + what);
    }
}
