package com.clearance.service;

import com.clearance.library.ChecklistException;
import com.clearance.library.ChecklistLoader;
import com.clearance.runbook.RunbookTemplate;

import java.util.List;

/** Loads runbook templates once and hands them out by id, turning template problems into user messages. */
public final class TemplateCatalog {

    private final ChecklistLoader loader;
    private List<RunbookTemplate> templates;

    public TemplateCatalog(ChecklistLoader loader) {
        this.loader = loader;
    }

    public synchronized List<RunbookTemplate> all() throws LaunchException {
        if (templates == null) {
            try {
                templates = loader.loadAll();
            } catch (ChecklistException e) {
                throw new LaunchException("The runbook templates are not valid: " + e.getMessage(), e);
            }
        }
        return templates;
    }

    public RunbookTemplate get(String id) throws LaunchException {
        String wanted = id == null ? ChecklistLoader.DEFAULT_TEMPLATE : id;
        List<RunbookTemplate> all = all();
        return all.stream().filter(t -> t.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new LaunchException("No runbook template '" + wanted + "'; available: "
                        + all.stream().map(RunbookTemplate::id).toList()));
    }
}
