package com.clearance.runbook;

import com.clearance.ingest.TicketCsvReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the labelled ticket fixtures in test resources tickets/. */
final class FixtureTickets {

    private FixtureTickets() {
    }

    static List<Ticket> tickets(String... files) throws Exception {
        List<Ticket> out = new ArrayList<>();
        for (String f : files) {
            try (Reader r = reader("tickets/" + f)) {
                out.addAll(new TicketCsvReader().read(r, null).tickets());
            }
        }
        return out;
    }

    static Map<String, String> labels(String file) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = reader("tickets/" + file)) {
            List<List<String>> rows = com.clearance.ingest.CsvParser.parse(r);
            for (List<String> row : rows.subList(1, rows.size())) {
                out.put(row.get(0), row.get(1));
            }
        }
        return out;
    }

    static ClassificationReport evaluate(RunbookTemplate template, List<Ticket> tickets, Map<String, String> labels) {
        TicketClassifier classifier = new TicketClassifier(template);
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Ticket t : tickets) {
            ids.add(t.id());
            expected.add(labels.get(t.id()));
            Classification c = classifier.classify(t);
            predicted.add(c.category());
            if (Boolean.getBoolean("clearance.debugTickets") && !c.category().equals(labels.get(t.id()))) {
                System.out.println("  " + t.id() + " " + t.summary() + " -> " + c.category() + " " + c.score() + " [" + c.evidenceText() + "]");
            }
        }
        return ClassificationReport.of(template.categories().stream().map(TicketCategory::id).toList(), ids, expected, predicted);
    }

    private static Reader reader(String resource) throws IOException {
        var in = FixtureTickets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
