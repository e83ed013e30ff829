package com.clearance.library;

import com.clearance.scoring.ClauseDefinition;
import com.clearance.scoring.ClauseLibrary;
import com.clearance.scoring.Vocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a clause library folder: {@code _vocabulary.yaml} plus one YAML file per clause. Every file is validated and
 * each problem is reported with file, field and what is wrong; a broken clause file is left out and the others load.
 */
public final class ClauseLibraryLoader {

    public static final String CLASSPATH_FOLDER = "clause-library/";
    public static final String VOCABULARY_FILE = "_vocabulary.yaml";
    private static final Set<String> BUILT_IN = Set.of("prohibition", "permission", "obligation", "no-modality", "definition");

    private final YAMLMapper yaml = new YAMLMapper();

    /** The library shipped inside the application (the jar's clause-library/ folder). */
    public LoadedLibrary loadDefault() throws ClauseLibraryException {
        URL url = ClauseLibraryLoader.class.getClassLoader().getResource(CLASSPATH_FOLDER + VOCABULARY_FILE);
        if (url == null) throw new ClauseLibraryException("The built-in clause library is missing from the application.");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath("/" + CLASSPATH_FOLDER), "built-in library");
            }
            return load(Path.of(uri).getParent(), "built-in library");
        } catch (URISyntaxException | IOException e) {
            throw new ClauseLibraryException("The built-in clause library could not be read.", e);
        }
    }

    public LoadedLibrary load(Path folder) throws ClauseLibraryException {
        return load(folder, folder.toString());
    }

    private LoadedLibrary load(Path folder, String source) throws ClauseLibraryException {
        if (!Files.isDirectory(folder)) {
            throw new ClauseLibraryException(folder + " is not a folder; point --library at a clause-library folder.");
        }
        List<LibraryError> errors = new ArrayList<>();
        Map<String, JsonNode> parsed = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Path file : yamlFiles(folder)) {
            String name = file.getFileName().toString();
            try {
                byte[] bytes = Files.readAllBytes(file);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                parsed.put(name, yaml.readTree(bytes));
            } catch (IOException e) {
                errors.add(new LibraryError(name, "", "is not valid YAML: " + firstLine(e.getMessage())));
            }
        }
        if (!parsed.containsKey(VOCABULARY_FILE) && errors.stream().noneMatch(e -> e.file().equals(VOCABULARY_FILE))) {
            errors.add(new LibraryError(VOCABULARY_FILE, "", "is missing from " + source + "; every library needs one"));
        }
        VocabularyReader.Result vocab = new VocabularyReader().read(parsed.remove(VOCABULARY_FILE), parsed, errors);
        Set<String> concepts = vocab.vocabulary().concepts().keySet();
        ClauseFileMapper mapper = new ClauseFileMapper(f -> BUILT_IN.contains(f) || concepts.contains(f)
                || (f.startsWith("heading:") && concepts.contains(f.substring(8))));
        List<ClauseDefinition> clauses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : parsed.entrySet()) {
            if (vocab.brokenFiles().contains(e.getKey())) continue;
            ClauseDefinition c = mapper.map(e.getValue(), e.getKey(), errors);
            if (c == null) continue;
            if (!ids.add(c.id())) {
                errors.add(new LibraryError(e.getKey(), "id", "duplicate id '" + c.id() + "': another file already defines it"));
                continue;
            }
            clauses.add(c);
        }
        clauses.sort(VocabularyReader.byOrder(vocab.order()));
        String version = vocab.vocabulary().version() + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        Vocabulary v = vocab.vocabulary();
        return new LoadedLibrary(new ClauseLibrary(version, new Vocabulary(version, v.concepts(), v.definedTermConcepts(),
                v.definedTermAlsoJoins(), v.conceptFiles()),
                clauses), errors, source);
    }

    private static List<Path> yamlFiles(Path folder) throws ClauseLibraryException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new ClauseLibraryException("The clause library folder " + folder + " could not be listed.", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
