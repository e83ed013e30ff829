package com.clearance.persistence;

import java.nio.file.Path;

/** What to tell the user when the key of an existing H2 database is lost, wrong or unreadable. */
final class KeyFileProblem {

    private KeyFileProblem() {
    }

    static String lostOrWrong(Path file, Path keyFile, boolean present) {
        String what = present ? "its key file " + keyFile + " does not match it"
                : "its key file " + keyFile + " is missing or empty";
        return "Could not open the Clearance database " + file + ".mv.db: " + what + ". Put back the "
                + keyFile.getFileName() + " that was next to the database when it was last used (from a backup, or"
                + " the computer it was copied from); without it the data cannot be read. Nothing was changed. To"
                + " start with an empty database instead, move " + file.getFileName() + ".mv.db out of the folder.";
    }

    static String unreadable(Path file, Path keyFile) {
        return "Could not open the Clearance database " + file + ".mv.db: its key file " + keyFile + " cannot be"
                + " read. Make it a file your user can read (chmod 600 " + keyFile.getFileName() + ") and try again;"
                + " nothing was changed.";
    }
}
