package com.clearance.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: the data folder, the database files and the database key. Where the
 * file system has no POSIX permissions (Windows), the user's profile folder already keeps them private.
 */
public final class UserOnlyFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private UserOnlyFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and missing parents) readable by the user only; an existing folder is left as it is. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (!posix()) {
            return Files.createDirectories(folder);
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            createFolder(parent);
        }
        return Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** Makes each existing file readable and writable by the user only. */
    static void restrict(Path... files) throws IOException {
        if (!posix()) {
            return;
        }
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                Files.setPosixFilePermissions(f, FILE);
            }
        }
    }

    /** Writes {@code text} to a new file no one else can read, replacing {@code target} atomically. */
    static void writePrivately(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.writeString(temp, text);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
