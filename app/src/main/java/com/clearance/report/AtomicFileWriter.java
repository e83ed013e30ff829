package com.clearance.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Writes a file all or nothing: the content goes to a hidden temporary file in the target's folder, which then
 * replaces the target in one move. If writing fails part way, the temporary file is removed and the target (new or
 * old) is left as it was.
 */
public final class AtomicFileWriter {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws ReportWriteException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new ReportWriteException("Could not write the report: " + absolute + " is a folder, not a file name.", null);
            }
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            readableLikeANormalFile(temp, absolute);
            move(temp, absolute);
            temp = null;
        } catch (ReportWriteException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReportWriteException("Could not write the report to " + absolute + ": " + reason(e, folder), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the original failure is what the user needs to hear about
                }
            }
        }
    }

    /** Temp files are created owner-only; a report should get the target's permissions, or the usual rw-r--r--. */
    private static void readableLikeANormalFile(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A plain reason for the commonest failures: full disk, missing folder, no permission. */
    static String reason(Exception e, Path folder) {
        if (e instanceof RuntimeException) {
            return "an internal error stopped the export (" + e.getClass().getSimpleName() + "); see the log for details.";
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full. Free some space or choose another folder.";
        }
        if (e instanceof NoSuchFileException || (folder != null && !Files.isDirectory(folder))) {
            return "the folder " + folder + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied. Choose a folder you can write to.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + ".";
        }
        return message;
    }
}
