package com.clearance.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operating-system lock on {@code FILE.open.lock} held while one process opens and migrates an H2 database, so a
 * second process starting at the same moment waits for a finished schema instead of migrating it at the same time.
 * The lock goes with the process: a killed process leaves a harmless empty file, never a held lock.
 */
final class OpenLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private OpenLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OpenLock take(Path database) throws StoreException {
        Path path = database.resolveSibling(database.getFileName() + ".open.lock");
        FileChannel channel = null;
        try {
            boolean created = !Files.exists(path);
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (created) {
                UserOnlyFiles.restrict(path);
            }
            return new OpenLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            LOG.error("Could not lock {} to open the database", path, e);
            throw new StoreException("Could not open the Clearance database at " + database + ": its lock file "
                    + path.getFileName() + " could not be created or locked; check that the folder is writable", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the open lock of a database", e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not close a database lock file", e);
        }
    }
}
