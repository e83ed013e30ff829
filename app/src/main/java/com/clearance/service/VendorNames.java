package com.clearance.service;

import java.util.Locale;

/**
 * Guesses the vendor of a contract from its file name ("acme-ai-terms-2025.pdf" gives "Acme"). Vendors name their
 * terms that way far more reliably than their texts name the parties in one parseable place.
 */
public final class VendorNames {

    private VendorNames() {
    }

    public static String guess(String fileName) {
        String base = fileName;
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        for (String token : base.split("[-_ .]+")) {
            if (!token.isBlank() && !token.chars().allMatch(Character::isDigit)) {
                return token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
            }
        }
        return "Unknown vendor";
    }
}
