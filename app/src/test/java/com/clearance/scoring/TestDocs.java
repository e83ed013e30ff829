package com.clearance.scoring;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.PageSpan;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Builds small documents from sentences for engine tests: "3.2 | Heading | sentence" or just a sentence. */
public final class TestDocs {

    private final List<String[]> rows = new ArrayList<>();
    private final List<DefinedTerm> terms = new ArrayList<>();

    /** The repository's clause-library folder (the shipped library). */
    public static java.nio.file.Path libraryFolder() {
        return java.nio.file.Path.of(System.getProperty("clearance.repoRoot", "..")).resolve("clause-library");
    }

    public static ClauseLibrary shippedLibrary() {
        try {
            return new com.clearance.library.ClauseLibraryLoader().load(libraryFolder()).library();
        } catch (com.clearance.library.ClauseLibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestDocs doc() {
        return new TestDocs();
    }

    public TestDocs in(String section, String heading, String sentence) {
        rows.add(new String[]{section, heading, sentence});
        return this;
    }

    public TestDocs say(String sentence) {
        return in("1", null, sentence);
    }

    public TestDocs defines(String term, String definition) {
        terms.add(new DefinedTerm(term, definition, 0, 1, "1"));
        return this;
    }

    public ContractDocument build() {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String openSection = null;
        int sectionStart = 0;
        String heading = null;
        for (String[] row : rows) {
            if (!row[0].equals(openSection)) {
                if (openSection != null) sections.add(new Section(openSection, heading, 1, 1, sectionStart, text.length()));
                openSection = row[0];
                heading = row[1];
                sectionStart = text.length();
            }
            int start = text.length();
            text.append(row[2]);
            sentences.add(new Sentence(sentences.size(), row[2], start, text.length(), 1, List.of(row[0])));
            text.append(' ');
        }
        if (openSection != null) sections.add(new Section(openSection, heading, 1, 1, sectionStart, text.length()));
        return new ContractDocument("test.txt", DocumentFormat.TEXT, "0", text.toString(),
                List.of(new PageSpan(1, 0, text.length())), sections, sentences, terms, List.of());
    }
}
