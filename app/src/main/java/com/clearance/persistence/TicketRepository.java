package com.clearance.persistence;

import com.clearance.runbook.Classification;
import com.clearance.runbook.Ticket;
import com.clearance.runbook.TriagedTicket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tickets imported for a launch, with their classification, and the corrections users made. Re-importing a ticket
 * with the same key updates it; its corrections are kept and still win.
 */
public final class TicketRepository {

    private final Database db;

    public TicketRepository(Database db) {
        this.db = db;
    }

    public void save(String launchName, List<Ticket> tickets, List<Classification> classifications, String sourceFile,
                     Instant importedAt) throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Jdbc.inTransaction(c, () -> replaceTickets(c, launchName, tickets, classifications, sourceFile, importedAt));
        } catch (SQLException e) {
            throw new StoreException("Could not save the tickets of '" + launchName + "'", e);
        }
    }

    private void replaceTickets(Connection c, String launchName, List<Ticket> tickets, List<Classification> classifications,
                                String sourceFile, Instant importedAt) throws SQLException, StoreException {
        long id = LaunchRepository.requireId(c, launchName);
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            Classification k = classifications.get(i);
            try (PreparedStatement del = Jdbc.prepare(c, "DELETE FROM tickets WHERE launch_id = ? AND ticket_key = ?", id, t.id())) {
                del.executeUpdate();
            }
            try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO tickets (launch_id, ticket_key, summary, description,"
                    + " created_at, category, score, week, evidence, source_file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, t.id(), clip(t.summary(), 2000), clip(t.description(), 100000), t.created(), k.category(),
                    k.score(), k.week(), clip(k.evidenceText(), 2000), sourceFile, importedAt)) {
                ps.executeUpdate();
            }
        }
        db.changes().append(c, null, "tickets", null, launchName, "imported " + tickets.size() + " tickets into "
                + launchName);
    }

    public List<TriagedTicket> tickets(String launchName) throws StoreException {
        List<TriagedTicket> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            long id = LaunchRepository.requireId(c, launchName);
            // the latest correction per ticket, if any
            String sql = "SELECT t.ticket_key, t.summary, t.description, t.created_at, t.category, t.score, t.week, t.evidence,"
                    + " (SELECT k.to_category FROM ticket_corrections k WHERE k.launch_id = t.launch_id AND k.ticket_key = t.ticket_key"
                    + "  ORDER BY k.id DESC LIMIT 1),"
                    + " (SELECT k.corrected_by FROM ticket_corrections k WHERE k.launch_id = t.launch_id AND k.ticket_key = t.ticket_key"
                    + "  ORDER BY k.id DESC LIMIT 1)"
                    + " FROM tickets t WHERE t.launch_id = ? ORDER BY t.created_at, t.ticket_key";
            try (PreparedStatement ps = Jdbc.prepare(c, sql, id); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp created = rs.getTimestamp(4);
                    Ticket t = new Ticket(rs.getString(1), rs.getString(2), rs.getString(3),
                            created == null ? null : created.toLocalDateTime());
                    Integer week = rs.getObject(7) == null ? null : rs.getInt(7);
                    String evidence = rs.getString(8);
                    Classification k = new Classification(t.id(), rs.getString(5), rs.getDouble(6), week,
                            evidence.isBlank() ? List.of() : Arrays.asList(evidence.split(", ")));
                    out.add(new TriagedTicket(t, k, rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the tickets of '" + launchName + "'", e);
        }
    }

    public void correct(String launchName, String ticketKey, String toCategory, String by, Instant at, String note)
            throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Jdbc.inTransaction(c, () -> insertCorrection(c, launchName, ticketKey, toCategory, by, at, note));
        } catch (SQLException e) {
            throw new StoreException("Could not correct ticket " + ticketKey, e);
        }
    }

    /** The correction and its change-log line, on the caller's transaction. */
    private void insertCorrection(Connection c, String launchName, String ticketKey, String toCategory, String by,
                                  Instant at, String note) throws SQLException, StoreException {
        long id = LaunchRepository.requireId(c, launchName);
        String from;
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT category FROM tickets WHERE launch_id = ? AND ticket_key = ?", id, ticketKey);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("Launch '" + launchName + "' has no ticket " + ticketKey, null);
            }
            from = rs.getString(1);
        }
        try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO ticket_corrections (launch_id, ticket_key, from_category,"
                + " to_category, corrected_by, corrected_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)", id, ticketKey, from,
                toCategory, by, at, note)) {
            ps.executeUpdate();
        }
        db.changes().append(c, by, "tickets", null, launchName, "moved ticket " + ticketKey + " to " + toCategory);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
