package com.clearance.service;

/** A launch or ticket operation that could not be done; the message is one plain sentence for the user. */
public class LaunchException extends Exception {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
