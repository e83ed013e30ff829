package com.clearance.library;

import com.clearance.runbook.RunbookTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads runbook templates ({@code *.yaml}, {@code *.yml}, {@code *.json}) from the {@code checklists/} folder on the
 * classpath (the defaults shipped in the jar) or from a directory a team keeps its own templates in. Every template
 * is validated; problems are reported together, each with file, field and what is wrong.
 */
public final class ChecklistLoader {

    public static final String DEFAULT_TEMPLATE = "first-100-tickets";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Path directory;
    private final Set<String> knownClauseIds;

    private ChecklistLoader(Path directory, Set<String> knownClauseIds) {
        this.directory = directory;
        this.knownClauseIds = Set.copyOf(knownClauseIds);
    }

    public static ChecklistLoader fromClasspath() {
        return new ChecklistLoader(null, ClauseIds.STANDARD);
    }

    public static ChecklistLoader fromDirectory(Path directory) {
        return new ChecklistLoader(directory, ClauseIds.STANDARD);
    }

    /** The same loader checking clause references against another set (e.g. the loaded clause library's ids). */
    public ChecklistLoader withKnownClauseIds(Set<String> clauseIds) {
        return new ChecklistLoader(directory, clauseIds);
    }

    /** Every template in the folder, sorted by id; fails if any template is invalid or two share an id. */
    public List<RunbookTemplate> loadAll() throws ChecklistException {
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new ChecklistException(List.of(directory + ": not a folder of runbook templates"));
            }
            return loadFrom(directory);
        }
        URL url = ChecklistLoader.class.getClassLoader().getResource("checklists/");
        if (url == null) {
            throw new ChecklistException(List.of("checklists/: no runbook templates on the classpath"));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return loadFromJar(uri);
            }
            return loadFrom(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new ChecklistException("checklists/: could not list the templates on the classpath", e);
        }
    }

    public RunbookTemplate load(String templateId) throws ChecklistException {
        List<RunbookTemplate> all = loadAll();
        return all.stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new ChecklistException(List.of("no runbook template with id '" + templateId
                        + "'; available: " + all.stream().map(RunbookTemplate::id).toList())));
    }

    /** Parses one template from a stream; {@code name} is used in problem messages. */
    public RunbookTemplate parse(String name, InputStream in) throws ChecklistException {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new ChecklistException(name + ": not valid YAML or JSON: " + detail, e);
        }
        TemplateReader reader = new TemplateReader(name, knownClauseIds);
        RunbookTemplate template = reader.read(root);
        if (!reader.problems().isEmpty()) {
            throw new ChecklistException(reader.problems());
        }
        return template;
    }

    private List<RunbookTemplate> loadFrom(Path dir) throws ChecklistException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(ChecklistLoader::isTemplateFile).sorted().toList();
        } catch (IOException e) {
            throw new ChecklistException(dir + ": could not list the folder", e);
        }
        List<RunbookTemplate> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                RunbookTemplate t = parse(f.getFileName().toString(), in);
                if (!ids.add(t.id())) {
                    problems.add(f.getFileName() + ": id: another template already has id '" + t.id() + "'");
                }
                out.add(t);
            } catch (ChecklistException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(f.getFileName() + ": could not be read (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
        if (out.isEmpty()) {
            throw new ChecklistException(List.of(dir + ": no runbook templates (*.yaml, *.yml or *.json)"));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    private static boolean isTemplateFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private List<RunbookTemplate> loadFromJar(URI uri) throws IOException, ChecklistException {
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return loadFrom(fs.getPath("/checklists"));
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }
}
