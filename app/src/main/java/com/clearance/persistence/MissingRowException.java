package com.clearance.persistence;

import java.sql.SQLException;

/** Raised inside a transaction when the row a change is about is missing; becomes a StoreException with its text. */
final class MissingRowException extends SQLException {
    MissingRowException(String message) {
        super(message);
    }
}
