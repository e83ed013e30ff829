package com.clearance.library;

import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.ClassifierSettings;
import com.clearance.runbook.LabelledExample;
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

/**
 * Turns one parsed template file into a {@link RunbookTemplate}, collecting every problem with the field path where
 * it sits (e.g. {@code phases[1].items[3].due}) rather than stopping at the first.
 */
final class TemplateReader {

    private final Set<String> knownClauseIds;
    private final TemplateFieldReader f;

    TemplateReader(String file, Set<String> knownClauseIds) {
        this.knownClauseIds = knownClauseIds;
        this.f = new TemplateFieldReader(file);
    }

    List<String> problems() {
        return f.problems();
    }

    RunbookTemplate read(JsonNode root) {
        if (root == null || !root.isObject()) {
            f.problem("(top)", "the file must hold a mapping with id, name, categories and phases");
            return null;
        }
        String id = f.id(root, "id");
        String name = f.text(root, "name", "name", true);
        int version = root.path("version").asInt(1);
        String description = f.text(root, "description", "description", false);
        ClassifierSettings settings = classifier(root.path("classifier"));
        List<TicketCategory> categories = new ArrayList<>();
        Set<String> categoryIds = new HashSet<>();
        JsonNode cats = f.list(root, "categories", "categories");
        for (int i = 0; i < cats.size(); i++) {
            TicketCategory c = category(cats.get(i), "categories[" + i + "]");
            if (c != null && !categoryIds.add(c.id())) {
                f.problem("categories[" + i + "].id", "duplicate category id '" + c.id() + "'");
            }
            if (c != null) {
                categories.add(c);
            }
        }
        if (settings != null && !categoryIds.contains(settings.fallbackCategory())) {
            f.problem("classifier.fallback", "names category '" + settings.fallbackCategory() + "', which is not defined");
        }
        List<Phase> phases = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        Set<String> phaseIds = new HashSet<>();
        JsonNode ps = f.list(root, "phases", "phases");
        for (int i = 0; i < ps.size(); i++) {
            String at = "phases[" + i + "]";
            JsonNode p = ps.get(i);
            String pid = f.id(p, at + ".id");
            if (pid != null && !phaseIds.add(pid)) {
                f.problem(at + ".id", "duplicate phase id '" + pid + "'");
            }
            List<ChecklistItem> items = new ArrayList<>();
            JsonNode is = f.list(p, "items", at + ".items");
            for (int j = 0; j < is.size(); j++) {
                ChecklistItem item = item(is.get(j), at + ".items[" + j + "]", categoryIds);
                if (item != null && !itemIds.add(item.id())) {
                    f.problem(at + ".items[" + j + "].id", "duplicate item id '" + item.id() + "'");
                }
                if (item != null) {
                    items.add(item);
                }
            }
            phases.add(new Phase(pid, f.text(p, "name", at + ".name", true), weeks(p.path("weeks"), at + ".weeks"), items));
        }
        List<LabelledExample> examples = examples(root.path("examples"), categoryIds);
        if (!f.problems().isEmpty()) {
            return null;
        }
        return new RunbookTemplate(id, name, version, description, settings, categories, phases, examples);
    }

    private ClassifierSettings classifier(JsonNode c) {
        if (c.isMissingNode()) {
            return new ClassifierSettings("other", 2.0, 2.0, 0);
        }
        String fallback = c.path("fallback").asText("other");
        double min = f.number(c, "minScore", "classifier.minScore", 2.0);
        double summary = f.number(c, "summaryWeight", "classifier.summaryWeight", 2.0);
        double examples = f.number(c, "exampleWeight", "classifier.exampleWeight", 0);
        return new ClassifierSettings(fallback, min, summary, examples);
    }

    private List<LabelledExample> examples(JsonNode list, Set<String> categoryIds) {
        List<LabelledExample> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            f.problem("examples", "must be a list of {id, category, text}");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "examples[" + i + "]";
            JsonNode e = list.get(i);
            String category = f.text(e, "category", at + ".category", true);
            String text = f.text(e, "text", at + ".text", true);
            if (category != null && !categoryIds.contains(category)) {
                f.problem(at + ".category", "unknown ticket category '" + category + "' (not defined under categories)");
            } else if (category != null && text != null) {
                out.add(new LabelledExample(e.path("id").asText(at), category, text));
            }
        }
        return out;
    }

    private TicketCategory category(JsonNode c, String at) {
        String id = f.id(c, at + ".id");
        String name = f.text(c, "name", at + ".name", true);
        String meaning = f.text(c, "meaning", at + ".meaning", true);
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
            f.problem(at, "must be a list of {match, weight}");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String match = f.text(s, "match", at + "[" + i + "].match", true);
            double weight = f.number(s, "weight", at + "[" + i + "].weight", Double.NaN);
            if (!Double.isNaN(weight) && weight <= 0) {
                f.problem(at + "[" + i + "].weight", "must be above 0 (negative cues go under 'negative')");
            }
            if (match != null && !Double.isNaN(weight)) {
                out.add(new Signal(match.toLowerCase(java.util.Locale.ROOT).trim(), weight));
            }
        }
        return out;
    }

    private ChecklistItem item(JsonNode n, String at, Set<String> categoryIds) {
        String id = f.id(n, at + ".id");
        String title = f.text(n, "title", at + ".title", true);
        String done = f.text(n, "done", at + ".done", true);
        String owner = f.text(n, "owner", at + ".owner", true);
        double due = f.number(n, "due", at + ".due", Double.NaN);
        String evidence = f.text(n, "evidence", at + ".evidence", true);
        List<String> clauses = f.strings(n.path("clauses"), at + ".clauses");
        for (String clause : clauses) {
            if (!knownClauseIds.contains(clause)) {
                f.problem(at + ".clauses", "unknown clause id '" + clause + "' (not in the clause library)");
            }
        }
        List<String> prepares = f.strings(n.path("prepares"), at + ".prepares");
        if (prepares.isEmpty() && !n.path("prepares").isMissingNode()) {
            f.problem(at + ".prepares", "must name at least one ticket category");
        }
        for (String cat : prepares) {
            if (!categoryIds.contains(cat)) {
                f.problem(at + ".prepares", "unknown ticket category '" + cat + "' (not defined under categories)");
            }
        }
        if (id == null || Double.isNaN(due)) {
            return null;
        }
        return new ChecklistItem(id, title, done, owner, (int) due, evidence, clauses, prepares);
    }

    private WeekRange weeks(JsonNode w, String at) {
        if (!w.isObject()) {
            f.problem(at, "missing: give {from: N, to: M} in weeks relative to launch");
            return null;
        }
        double from = f.number(w, "from", at + ".from", Double.NaN);
        double to = f.number(w, "to", at + ".to", Double.NaN);
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return null;
        }
        if (from > to) {
            f.problem(at, "starts after it ends (" + (int) from + " > " + (int) to + ")");
            return null;
        }
        return new WeekRange((int) from, (int) to);
    }
}
