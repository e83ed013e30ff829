package com.clearance.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where report templates and their assets come from: a folder (falling back to the jar) or the jar alone. */
final class TemplateSource {

    private static final String PREFIX = "reports/";
    private final Path folder;

    private TemplateSource(Path folder) {
        this.folder = folder;
    }

    static TemplateSource classpath() {
        return new TemplateSource(null);
    }

    static TemplateSource folder(Path folder) {
        return new TemplateSource(folder);
    }

    /** The template file, or null when neither the folder nor the jar has it. */
    InputStream open(String file) throws IOException {
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            return Files.newInputStream(folder.resolve(file));
        }
        return loader().getResourceAsStream(PREFIX + file);
    }

    /** An asset (font, logo) as a URL string: the folder, then the jar's reports/, then the jar root; else null. */
    String url(String path) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(path))) {
                return folder.resolve(path).toUri().toURL().toString();
            }
        } catch (IOException e) {
            return null;
        }
        URL inReports = loader().getResource(PREFIX + path);
        if (inReports != null) {
            return inReports.toString();
        }
        URL atRoot = loader().getResource(path);
        return atRoot == null ? null : atRoot.toString();
    }

    private static ClassLoader loader() {
        return TemplateSource.class.getClassLoader();
    }
}
