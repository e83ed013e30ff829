package com.clearance.persistence;

/** A database problem, with a message a user can read; the cause goes to the log. */
public class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
