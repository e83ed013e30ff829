package com.clearance.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A consistent copy of an open H2 database (H2's {@code BACKUP TO}: a zip holding the .mv.db file), taken before an
 * upgrade migrates it. It lands in {@code backups/} beside the database, readable by the user only; the key file
 * next to the database opens it too.
 */
final class H2Backup implements SchemaMigrations.Backup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final Path file;
    private final Clock clock;

    H2Backup(Connection connection, Path file, Clock clock) {
        this.connection = connection;
        this.file = file;
        this.clock = clock;
    }

    @Override
    public Path take(String from, String to) throws StoreException {
        Path folder = file.resolveSibling("backups");
        Path zip = folder.resolve(file.getFileName() + "-v" + from + "-before-v" + to + "-" + STAMP.format(clock.instant())
                + ".zip");
        try {
            UserOnlyFiles.createFolder(folder);
            try (Statement s = connection.createStatement()) {
                s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            if (!Files.isRegularFile(zip)) {
                throw new IOException("H2 wrote no backup file " + zip);
            }
            UserOnlyFiles.restrict(zip);
            return zip;
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not back up the Clearance database " + file + ".mv.db to " + folder
                    + " before upgrading it, so it was not upgraded (" + e.getMessage() + "). Free some disk space"
                    + " or check that folder's permissions, then start Clearance again.", e);
        }
    }
}
