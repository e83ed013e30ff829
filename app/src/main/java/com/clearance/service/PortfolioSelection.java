package com.clearance.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stored contracts a portfolio workbook offers, and which it picks by default: the latest version of each
 * contract, once. A second import of the same file is a duplicate; documents of one vendor whose names differ only
 * from a date or version on ("acme-terms-2025-01.pdf", "acme-terms-2025-06.pdf") are versions, and the newest
 * (by that date, then by import) is the one picked; a document kept although it does not look like an agreement is
 * offered but not picked. The user may tick any of them.
 */
public final class PortfolioSelection {

    /** One contract offered: whether it is picked by default and, when not, why not. */
    public record Choice(long id, String label, boolean picked, String whyNot) {
    }

    private static final Pattern VERSION = Pattern.compile("[-_ .](\\d{4}(?:[-_.]\\d{1,2}){0,2}|v\\d+(?:\\.\\d+)*)(?=$|[-_ .])",
            Pattern.CASE_INSENSITIVE);

    private PortfolioSelection() {
    }

    public static List<Choice> choices(List<ContractOverview> overviews) {
        List<ContractOverview> audited = overviews.stream().filter(o -> o.latestAudit() != null).toList();
        Map<String, ContractOverview> newestOfFamily = new HashMap<>();
        Map<String, ContractOverview> newestOfFile = new HashMap<>();
        for (ContractOverview o : audited) {
            if (!o.latestAudit().looksLikeAgreement()) {
                continue;
            }
            newestOfFile.merge(o.contract().sha256(), o, PortfolioSelection::newer);
            newestOfFamily.merge(family(o), o, PortfolioSelection::newer);
        }
        List<Choice> out = new ArrayList<>();
        for (ContractOverview o : audited) {
            String label = o.contract().vendor() + " \u2014 " + o.contract().documentName();
            String whyNot;
            if (!o.latestAudit().looksLikeAgreement()) {
                whyNot = "does not look like an agreement";
            } else if (newestOfFile.get(o.contract().sha256()) != o) {
                whyNot = "the same file imported again";
            } else if (newestOfFamily.get(family(o)) != o) {
                whyNot = "an older version of " + newestOfFamily.get(family(o)).contract().documentName();
            } else {
                whyNot = null;
            }
            out.add(new Choice(o.contract().id(), label, whyNot == null, whyNot));
        }
        return out;
    }

    /** The ids picked by default. */
    public static List<Long> defaults(List<ContractOverview> overviews) {
        return choices(overviews).stream().filter(Choice::picked).map(Choice::id).toList();
    }

    /** Vendor and document name up to its first date or version ("acme|acme-terms"). */
    static String family(ContractOverview o) {
        String name = o.contract().documentName().toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z0-9]+$", "");
        Matcher m = VERSION.matcher(name);
        String stem = m.find() ? name.substring(0, m.start()) : name;
        return o.contract().vendor().toLowerCase(Locale.ROOT) + "|" + stem;
    }

    /** The later version: by the date or version in the name, then by import time, then by id. */
    private static ContractOverview newer(ContractOverview a, ContractOverview b) {
        Comparator<ContractOverview> order = Comparator.comparing(PortfolioSelection::versionText)
                .thenComparing(o -> o.contract().importedAt()).thenComparingLong(o -> o.contract().id());
        return order.compare(a, b) >= 0 ? a : b;
    }

    private static String versionText(ContractOverview o) {
        Matcher m = VERSION.matcher(o.contract().documentName().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return "";
        }
        // numbers padded so "2025-6" sorts before "2025-10" and "v9" before "v10"
        Matcher n = Pattern.compile("\\d+").matcher(m.group(1));
        StringBuilder sb = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(sb, String.format(Locale.ROOT, "%08d", Long.parseLong(n.group())));
        }
        n.appendTail(sb);
        return sb.toString();
    }
}
