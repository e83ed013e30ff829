package com.clearance.service;

import com.clearance.persistence.Change;
import com.clearance.persistence.ChangeWatcher;
import com.clearance.persistence.Database;
import com.clearance.persistence.StoreException;

import java.util.List;
import java.util.function.Consumer;

/**
 * Working with others on one database: the name this session's changes are recorded under, and following what
 * other sessions (another window, the command line, another reviewer) change.
 */
public final class Collaboration {

    private final Database db;

    public Collaboration(Database db) {
        this.db = db;
    }

    /** The reviewer name changes are recorded under from now on (blank: the OS user). */
    public void actAs(String reviewer) {
        db.changes().actAs(reviewer);
    }

    public String actor() {
        return db.changes().actor();
    }

    /** Calls {@code listener} (on a background thread) with other sessions' changes until closed. */
    public AutoCloseable follow(Consumer<List<Change>> listener) throws StoreException {
        return ChangeWatcher.start(db, listener);
    }

    /** Opens and closes the database {@code target} names; says where it is, or throws the plain reason it failed. */
    public static String test(String target) throws StoreException {
        try (Database db = Database.open(target)) {
            return "Connected to the " + db.description() + "; Clearance's tables are ready.";
        }
    }

    public boolean team() {
        return db.backend() == Database.Backend.POSTGRESQL;
    }

    /** Where the data is: the database file, or the team database with its server and user. */
    public String where() {
        return db.description();
    }
}
