package com.clearance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample agreement we wrote (fictional vendor), copied out of the jar so it imports like any file. */
public final class SampleContract {

    public static final String FILE_NAME = "northwind-ai-platform-agreement.md";
    /** Sixty support tickets we wrote for a fictional help-desk launch (Jira layout), for the launch screens. */
    public static final String TICKETS_FILE = "helpdesk-replies-tickets.csv";

    private SampleContract() {
    }

    /** Writes the sample into {@code dataFolder/samples} (atomically, once) and returns its path. */
    public static Path install(Path dataFolder) {
        return installFile(dataFolder, FILE_NAME);
    }

    /** Writes the sample ticket export into {@code dataFolder/samples} and returns its path. */
    public static Path installTickets(Path dataFolder) {
        return installFile(dataFolder, TICKETS_FILE);
    }

    private static Path installFile(Path dataFolder, String fileName) {
        Path target = dataFolder.resolve("samples").resolve(fileName);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (InputStream in = SampleContract.class.getResourceAsStream("/samples/" + fileName)) {
            if (in == null) {
                throw new IOException("the sample is missing from the application");
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "sample", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sample " + fileName + " to " + target, e);
        }
    }
}
