package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Current decisions plus their append-only trail. Each change is one committed transaction (state + event), so a
 * decision is on disk the moment the call returns.
 */
public final class DecisionRepository {

    private static final String EVENT_COLUMNS = "id, contract_id, clause_id, action, decision, note, reviewer,"
            + " occurred_at, undoes_event_id";

    private final SqlRunner jdbc;

    public DecisionRepository(DataSource dataSource) {
        this.jdbc = new SqlRunner(dataSource);
    }

    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                                Instant at) throws StoreException {
        return jdbc.inTransaction(c -> {
            Optional<DecisionRecord> previous = current(c, contractId, clauseId);
            writeState(c, contractId, clauseId, decision, note, reviewer, at);
            long id = SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                            + " reviewer, occurred_at, prev_decision, prev_note, prev_reviewer, prev_decided_at)"
                            + " VALUES (?, ?, 'RECORD', ?, ?, ?, ?, ?, ?, ?, ?)", contractId, clauseId, decision.id(),
                    note, reviewer, at, previous.map(p -> p.decision().id()).orElse(null),
                    previous.map(DecisionRecord::note).orElse(null), previous.map(DecisionRecord::reviewer).orElse(null),
                    previous.map(DecisionRecord::decidedAt).orElse(null));
            return new DecisionEvent(id, contractId, clauseId, DecisionEvent.Action.RECORD, decision, note, reviewer, at, null);
        });
    }

    /**
     * Reverts the newest RECORD event not yet undone (across all contracts), restoring the state it replaced.
     * Returns the UNDO event written, or empty when there is nothing left to undo.
     */
    public Optional<DecisionEvent> undoLast(String reviewer, Instant at) throws StoreException {
        return jdbc.inTransaction(c -> {
            List<Object[]> target = SqlRunner.query(c, "SELECT e.id, e.contract_id, e.clause_id, e.prev_decision, e.prev_note,"
                    + " e.prev_reviewer, e.prev_decided_at FROM decision_events e WHERE e.action = 'RECORD' AND NOT EXISTS"
                    + " (SELECT 1 FROM decision_events u WHERE u.undoes_event_id = e.id) ORDER BY e.id DESC"
                    + " FETCH FIRST 1 ROWS ONLY", rs -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), SqlRunner.instant(rs, "prev_decided_at")});
            if (target.isEmpty()) {
                return Optional.empty();
            }
            Object[] t = target.get(0);
            long contractId = (Long) t[1];
            String clauseId = (String) t[2];
            DecisionKind restored = t[3] == null ? null : DecisionKind.fromId((String) t[3]);
            if (restored == null) {
                SqlRunner.update(c, "DELETE FROM decisions WHERE contract_id = ? AND clause_id = ?", contractId, clauseId);
            } else {
                writeState(c, contractId, clauseId, restored, (String) t[4], (String) t[5], (Instant) t[6]);
            }
            long id = SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                            + " reviewer, occurred_at, undoes_event_id) VALUES (?, ?, 'UNDO', ?, ?, ?, ?, ?)", contractId,
                    clauseId, restored == null ? null : restored.id(), t[4], reviewer, at, t[0]);
            return Optional.of(new DecisionEvent(id, contractId, clauseId, DecisionEvent.Action.UNDO, restored,
                    (String) t[4], reviewer, at, (Long) t[0]));
        });
    }

    public Optional<DecisionRecord> current(long contractId, String clauseId) throws StoreException {
        return jdbc.inConnection(c -> current(c, contractId, clauseId));
    }

    public List<DecisionRecord> forContract(long contractId) throws StoreException {
        return jdbc.query("SELECT contract_id, clause_id, decision, note, reviewer, decided_at FROM decisions"
                + " WHERE contract_id = ? ORDER BY clause_id", DecisionRepository::mapRecord, contractId);
    }

    /** The trail for one contract (all clauses when clauseId is null), oldest first. */
    public List<DecisionEvent> history(long contractId, String clauseId) throws StoreException {
        if (clauseId == null) {
            return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM decision_events WHERE contract_id = ? ORDER BY id",
                    DecisionRepository::mapEvent, contractId);
        }
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM decision_events WHERE contract_id = ? AND clause_id = ?"
                + " ORDER BY id", DecisionRepository::mapEvent, contractId, clauseId);
    }

    private static Optional<DecisionRecord> current(Connection c, long contractId, String clauseId) throws SQLException {
        return SqlRunner.query(c, "SELECT contract_id, clause_id, decision, note, reviewer, decided_at FROM decisions"
                + " WHERE contract_id = ? AND clause_id = ?", DecisionRepository::mapRecord, contractId, clauseId)
                .stream().findFirst();
    }

    private static void writeState(Connection c, long contractId, String clauseId, DecisionKind decision, String note,
                                   String reviewer, Instant at) throws SQLException {
        // Portable upsert: update, and insert when there was nothing to update (one transaction, one writer key).
        int updated = SqlRunner.update(c, "UPDATE decisions SET decision = ?, note = ?, reviewer = ?, decided_at = ?"
                + " WHERE contract_id = ? AND clause_id = ?", decision.id(), note, reviewer, at, contractId, clauseId);
        if (updated == 0) {
            SqlRunner.update(c, "INSERT INTO decisions (contract_id, clause_id, decision, note, reviewer, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", contractId, clauseId, decision.id(), note, reviewer, at);
        }
    }

    private static DecisionRecord mapRecord(ResultSet rs) throws SQLException {
        return new DecisionRecord(rs.getLong(1), rs.getString(2), DecisionKind.fromId(rs.getString(3)), rs.getString(4),
                rs.getString(5), SqlRunner.instant(rs, "decided_at"));
    }

    private static DecisionEvent mapEvent(ResultSet rs) throws SQLException {
        long undoes = rs.getLong("undoes_event_id");
        Long undoesId = rs.wasNull() ? null : undoes;
        String decision = rs.getString("decision");
        return new DecisionEvent(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("clause_id"),
                DecisionEvent.Action.valueOf(rs.getString("action")), decision == null ? null : DecisionKind.fromId(decision),
                rs.getString("note"), rs.getString("reviewer"), SqlRunner.instant(rs, "occurred_at"), undoesId);
    }
}
