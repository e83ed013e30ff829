package com.clearance.persistence;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Follows the change log on a background thread and hands other sessions' changes to a listener. On H2 it polls the
 * log once a second (a change counter: one indexed query); on PostgreSQL it waits on LISTEN and reads the log when
 * woken, and every few seconds anyway in case a notification was lost with a dropped connection.
 *
 * <p>Ids are given out when a row is inserted, so a transaction that started first may commit later with a lower
 * id: the watcher looks back a little below the newest id it has seen and skips the ids it already reported.
 */
public final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    private static final int LOOK_BACK = 200;

    private final Database db;
    private final Consumer<List<Change>> listener;
    private final long pollMillis;
    private final TreeSet<Long> seen = new TreeSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection listening;
    private long newest;

    private ChangeWatcher(Database db, Consumer<List<Change>> listener, long pollMillis) throws StoreException {
        this.db = db;
        this.listener = listener;
        this.pollMillis = pollMillis;
        try {
            listen(); // before reading where the log stands, so no change falls between the two
        } catch (SQLException e) {
            LOG.warn("Could not LISTEN for changes; reading the change log every few seconds instead", e);
        }
        this.newest = db.changes().latestId();
        for (Change c : db.changes().after(Math.max(0, newest - LOOK_BACK))) {
            seen.add(c.id()); // already there before this window opened: not news
        }
        this.thread = new Thread(this::run, "clearance-change-watcher");
        thread.setDaemon(true);
    }

    /** Starts following from the newest change now in the log; the listener is called on the watcher's thread. */
    public static ChangeWatcher start(Database db, Consumer<List<Change>> listener) throws StoreException {
        ChangeWatcher w = new ChangeWatcher(db, listener, db.backend() == Database.Backend.H2 ? 1000 : 3000);
        w.thread.start();
        return w;
    }

    private void run() {
        while (running) {
            try {
                waitForNews();
                deliver();
            } catch (SQLException | StoreException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Following changes failed; trying again in 5 s", e);
                closeListening();
                sleep(5000);
            }
        }
    }

    private void waitForNews() throws SQLException {
        if (db.backend() == Database.Backend.H2) {
            sleep(pollMillis);
            return;
        }
        listen();
        listening.unwrap(PGConnection.class).getNotifications((int) pollMillis);
    }

    private void listen() throws SQLException {
        if (listening != null || db.backend() == Database.Backend.H2) {
            return;
        }
        Connection c = db.dedicatedConnection().orElseThrow();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + ChangeLog.CHANNEL);
        }
        listening = c;
    }

    private void deliver() throws StoreException {
        List<Change> fresh = new ArrayList<>();
        List<Change> others = new ArrayList<>();
        for (Change c : db.changes().after(Math.max(0, newest - LOOK_BACK))) {
            if (c.id() <= newest - LOOK_BACK || !seen.add(c.id())) {
                continue;
            }
            fresh.add(c);
            if (!c.sessionId().equals(db.changes().sessionId())) {
                others.add(c);
            }
        }
        for (Change c : fresh) {
            newest = Math.max(newest, c.id());
        }
        seen.headSet(newest - LOOK_BACK).clear();
        if (!others.isEmpty() && running) {
            listener.accept(others);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeListening() {
        Connection c = listening;
        listening = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        closeListening();
    }
}
