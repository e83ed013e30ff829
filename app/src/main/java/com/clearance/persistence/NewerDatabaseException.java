package com.clearance.persistence;

/** The database was last migrated by a newer Clearance than this one: it is left as it is, never migrated down. */
public final class NewerDatabaseException extends StoreException {

    public NewerDatabaseException(String message) {
        super(message, null);
    }
}
