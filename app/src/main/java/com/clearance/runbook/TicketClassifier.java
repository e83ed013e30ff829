package com.clearance.runbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sorts tickets into the template's categories with the template's weighted signals. Each signal counts once, more
 * when found in the summary; negative cues (a "price quote", a "data model", "staff training") take weight away. The
 * strongest category wins, ties going to the one mentioned first; below the minimum score a ticket is the fallback.
 */
public final class TicketClassifier {

    private record CompiledCategory(TicketCategory category, List<SignalMatcher> signals, List<SignalMatcher> negatives) {
    }

    private record Score(String category, double value, int firstPosition, List<String> evidence) {
    }

    private final ClassifierSettings settings;
    private final List<CompiledCategory> categories;

    public TicketClassifier(RunbookTemplate template) {
        this.settings = template.classifier();
        this.categories = template.categories().stream().map(c -> new CompiledCategory(c,
                c.signals().stream().map(SignalMatcher::new).toList(),
                c.negatives().stream().map(SignalMatcher::new).toList())).toList();
    }

    public Classification classify(Ticket ticket) {
        List<String> summary = Tokens.of(ticket.summary());
        List<String> description = Tokens.of(ticket.description());
        Score best = null;
        for (CompiledCategory c : categories) {
            Score s = score(c, summary, description);
            if (best == null || s.value() > best.value()
                    || (s.value() == best.value() && s.firstPosition() < best.firstPosition())) {
                best = s;
            }
        }
        if (best == null || best.value() < settings.minScore()) {
            List<String> why = best == null || best.evidence().isEmpty() ? List.of("no category signal found")
                    : List.of("too weak for " + best.category() + ": " + String.join(", ", best.evidence()));
            return new Classification(ticket.id(), settings.fallbackCategory(), best == null ? 0 : best.value(), null, why);
        }
        return new Classification(ticket.id(), best.category(), best.value(), null, best.evidence());
    }

    /** Classifies and sets the week since launch from the ticket's created date. */
    public Classification classify(Ticket ticket, LocalDate launchDate) {
        Classification c = classify(ticket);
        if (launchDate == null || ticket.created() == null) {
            return c;
        }
        return c.withWeek(LaunchWeeks.weekOf(launchDate, ticket.created().toLocalDate()));
    }

    private Score score(CompiledCategory c, List<String> summary, List<String> description) {
        double total = 0;
        int first = Integer.MAX_VALUE;
        Set<String> evidence = new LinkedHashSet<>();
        for (SignalMatcher m : c.signals()) {
            int inSummary = m.firstIn(summary);
            int inBody = inSummary >= 0 ? -1 : m.firstIn(description);
            if (inSummary >= 0) {
                total += m.signal().weight() * settings.summaryWeight();
                first = Math.min(first, inSummary);
                evidence.add(m.matchedText(summary, inSummary));
            } else if (inBody >= 0) {
                total += m.signal().weight();
                first = Math.min(first, summary.size() + inBody);
                evidence.add(m.matchedText(description, inBody));
            }
        }
        List<String> against = new ArrayList<>();
        for (SignalMatcher m : c.negatives()) {
            int inSummary = m.firstIn(summary);
            int inBody = inSummary >= 0 ? -1 : m.firstIn(description);
            if (inSummary >= 0 || inBody >= 0) {
                total -= m.signal().weight() * (inSummary >= 0 ? settings.summaryWeight() : 1);
                against.add("not: " + (inSummary >= 0 ? m.matchedText(summary, inSummary) : m.matchedText(description, inBody)));
            }
        }
        List<String> all = new ArrayList<>(evidence);
        all.addAll(against);
        return new Score(c.category().id(), total, first, all);
    }
}
