package com.clearance.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files a desktop "Open with Clearance" passes ({@code clearance /home/dana/terms.pdf}): when every argument is
 * an existing file and the first is not a command's name, they are files to import in the window.
 */
final class OpenedFiles {

    private OpenedFiles() {
    }

    /** The files to import, or empty when the arguments are a command line. */
    static List<Path> from(String[] args, Set<String> commandNames) {
        if (args.length == 0 || commandNames.contains(args[0])) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = path(arg);
            if (arg.startsWith("-") || p == null || !Files.isRegularFile(p)) {
                return List.of();
            }
            files.add(p.toAbsolutePath());
        }
        return files;
    }

    private static Path path(String arg) {
        try {
            return Path.of(arg.startsWith("file://") ? java.net.URI.create(arg).getPath() : arg);
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null;
        }
    }
}
