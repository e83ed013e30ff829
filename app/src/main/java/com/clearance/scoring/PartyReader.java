package com.clearance.scoring;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who the vendor is from the agreement itself: a defined term introduced with a company name
 * ("Zoom Communications, Inc. ("Zoom")", "provided by Mistral AI") that the agreement then uses most often. Its
 * sentences are read with the vendor in the one role every clause already knows ("provider"), so "Zoom may use
 * Customer Content" is the vendor's use as surely as "we may use".
 */
final class PartyReader {

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(inc|llc|l\\.l\\.c|ltd|limited|gmbh|s\\.a\\.s|sas|s\\.a|sa|ab|corp|corporation|pte|plc|b\\.v|bv|ag|oy|aps|srl|s\\.r\\.l|kk|co)\\b\\.?");
    private static final Pattern CUSTOMER_WORDS = Pattern.compile(
            "^(the )?(customer|client|you|your|licensee|subscriber|users?|end users?|buyer|purchaser|company|agreement|terms|services?)$");
    private static final int MIN_USES = 5;

    private final Pattern vendor;

    private PartyReader(Pattern vendor) {
        this.vendor = vendor;
    }

    static PartyReader of(ContractDocument document) {
        String text = document.text().toLowerCase(Locale.ROOT);
        String best = null;
        int bestUses = 0;
        for (DefinedTerm t : document.definedTerms()) {
            String name = TextNormalizer.normalize(t.term()).replace("\"", "").strip();
            if (name.length() < 2 || name.length() > 40 || CUSTOMER_WORDS.matcher(name).matches()) continue;
            if (!introducedAsCompany(name, t.definition())) continue;
            int uses = count(text, name);
            if (uses > bestUses) {
                best = name;
                bestUses = uses;
            }
        }
        if (best == null || bestUses < MIN_USES) return new PartyReader(null);
        return new PartyReader(Pattern.compile("(?<![\\w-])" + ConceptIndex.literal(best) + "(?![\\w-])"));
    }

    /** The company's full name with its legal form follows the term in the text it was defined in. */
    static boolean introducedAsCompany(String name, String definition) {
        if (definition == null) return false;
        String d = TextNormalizer.normalize(definition);
        int at = d.indexOf(name);
        while (at >= 0) {
            String after = d.substring(at + name.length(), Math.min(d.length(), at + name.length() + 48));
            Matcher m = LEGAL_FORM.matcher(after);
            if (m.find() && after.substring(0, m.start()).split(" ").length <= 5) return true;
            if (d.substring(Math.max(0, at - 12), at).endsWith("provided by ")) return true;
            at = d.indexOf(name, at + 1);
        }
        return false;
    }

    private static int count(String text, String name) {
        int n = 0;
        int at = text.indexOf(name);
        while (at >= 0 && n < 1000) {
            n++;
            at = text.indexOf(name, at + name.length());
        }
        return n;
    }

    boolean found() {
        return vendor != null;
    }

    /** The normalised text with the vendor's name read as "provider". */
    String read(String normalized) {
        if (vendor == null) return normalized;
        return vendor.matcher(normalized).replaceAll("provider");
    }
}
