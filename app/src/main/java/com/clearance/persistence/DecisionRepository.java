package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Current decisions plus their append-only trail. Each change is one committed transaction (state + event + change
 * log), so a decision is on disk the moment the call returns. A finding's version is the number of events in its
 * trail; writes lock the contract's row first, so two writers on one finding take turns and the second sees the
 * first's event when it checks the version it was given.
 */
public final class DecisionRepository {

    private static final String EVENT_COLUMNS = "id, contract_id, clause_id, action, decision, note, reviewer,"
            + " occurred_at, undoes_event_id";
    private static final String RECORD_COLUMNS = "d.contract_id, d.clause_id, d.decision, d.note, d.reviewer,"
            + " d.decided_at, (SELECT COUNT(*) FROM decision_events e WHERE e.contract_id = d.contract_id"
            + " AND e.clause_id = d.clause_id) AS version";

    private final SqlRunner jdbc;
    private final ChangeLog changes;

    public DecisionRepository(Database db) {
        this.jdbc = new SqlRunner(db.dataSource());
        this.changes = db.changes();
    }

    public DecisionRepository(DataSource dataSource) {
        this.jdbc = new SqlRunner(dataSource);
        this.changes = new ChangeLog(dataSource);
    }

    /** Records over whatever the finding holds now (the command line's default). */
    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                                Instant at) throws StoreException {
        return record(contractId, clauseId, decision, note, reviewer, at, null);
    }

    /**
     * Records a decision made over version {@code expectedVersion} of the finding (null: over whatever it holds);
     * refused with a {@link StaleWriteException} when someone changed the finding since.
     */
    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                                Instant at, Integer expectedVersion) throws StoreException {
        return jdbc.inTransaction(c -> {
            ContractRecord contract = ContractRepository.lockLive(c, contractId);
            int version = refuseIfMoved(c, contractId, clauseId, expectedVersion, "reload to see it");
            Optional<DecisionRecord> previous = current(c, contractId, clauseId);
            writeState(c, contractId, clauseId, decision, note, reviewer, at);
            long id = SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                            + " reviewer, occurred_at, prev_decision, prev_note, prev_reviewer, prev_decided_at)"
                            + " VALUES (?, ?, 'RECORD', ?, ?, ?, ?, ?, ?, ?, ?)", contractId, clauseId, decision.id(),
                    note, reviewer, at, previous.map(p -> p.decision().id()).orElse(null),
                    previous.map(DecisionRecord::note).orElse(null), previous.map(DecisionRecord::reviewer).orElse(null),
                    previous.map(DecisionRecord::decidedAt).orElse(null));
            changes.append(c, reviewer, "decision", contractId, null, "recorded a decision on " + contract.vendor()
                    + " · " + clauseId);
            return new DecisionEvent(id, contractId, clauseId, DecisionEvent.Action.RECORD, decision, note, reviewer, at,
                    null, version + 1);
        });
    }

    /**
     * Reverts one RECORD event, restoring the state it replaced, only while that event is still the finding's
     * current state: once anyone changed the finding after it, the undo is refused.
     */
    public DecisionEvent undo(long eventId, String reviewer, Instant at) throws StoreException {
        return jdbc.inTransaction(c -> {
            List<Object[]> target = SqlRunner.query(c, "SELECT e.contract_id, e.clause_id, e.prev_decision, e.prev_note,"
                    + " e.prev_reviewer, e.prev_decided_at, e.action FROM decision_events e WHERE e.id = ?",
                    rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            SqlRunner.instant(rs, "prev_decided_at"), rs.getString(7)}, eventId);
            if (target.isEmpty() || !"RECORD".equals(target.get(0)[6])) {
                throw new StoreException("There is no decision " + eventId + " to undo", null);
            }
            Object[] t = target.get(0);
            long contractId = (Long) t[0];
            String clauseId = (String) t[1];
            ContractRecord contract = ContractRepository.lockLive(c, contractId);
            Optional<DecisionEvent> newest = newestEvent(c, contractId, clauseId);
            if (newest.isEmpty() || newest.get().id() != eventId) {
                DecisionEvent later = newest.orElseThrow();
                throw new StaleWriteException("finding", later.reviewer(), later.occurredAt(),
                        "your change can no longer be undone");
            }
            int version = count(c, contractId, clauseId);
            DecisionKind restored = t[2] == null ? null : DecisionKind.fromId((String) t[2]);
            if (restored == null) {
                SqlRunner.update(c, "DELETE FROM decisions WHERE contract_id = ? AND clause_id = ?", contractId, clauseId);
            } else {
                writeState(c, contractId, clauseId, restored, (String) t[3], (String) t[4], (Instant) t[5]);
            }
            long id = SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                            + " reviewer, occurred_at, undoes_event_id) VALUES (?, ?, 'UNDO', ?, ?, ?, ?, ?)", contractId,
                    clauseId, restored == null ? null : restored.id(), t[3], reviewer, at, eventId);
            changes.append(c, reviewer, "decision", contractId, null, "undid a decision on " + contract.vendor()
                    + " · " + clauseId);
            return new DecisionEvent(id, contractId, clauseId, DecisionEvent.Action.UNDO, restored, (String) t[3],
                    reviewer, at, eventId, version + 1);
        });
    }

    public Optional<DecisionRecord> current(long contractId, String clauseId) throws StoreException {
        return jdbc.inConnection(c -> current(c, contractId, clauseId));
    }

    public List<DecisionRecord> forContract(long contractId) throws StoreException {
        return jdbc.query("SELECT " + RECORD_COLUMNS + " FROM decisions d WHERE d.contract_id = ? ORDER BY d.clause_id",
                DecisionRepository::mapRecord, contractId);
    }

    /** The version of every finding of a contract that was ever decided on (undecided ones after an undo too). */
    public Map<String, Integer> versions(long contractId) throws StoreException {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query("SELECT clause_id, COUNT(*) FROM decision_events WHERE contract_id = ? GROUP BY clause_id",
                rs -> out.put(rs.getString(1), rs.getInt(2)), contractId);
        return out;
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

    private static int refuseIfMoved(Connection c, long contractId, String clauseId, Integer expected, String then)
            throws SQLException, StaleWriteException {
        int version = count(c, contractId, clauseId);
        if (expected != null && expected != version) {
            DecisionEvent later = newestEvent(c, contractId, clauseId).orElseThrow();
            throw new StaleWriteException("finding", later.reviewer(), later.occurredAt(), then);
        }
        return version;
    }

    private static int count(Connection c, long contractId, String clauseId) throws SQLException {
        return SqlRunner.query(c, "SELECT COUNT(*) FROM decision_events WHERE contract_id = ? AND clause_id = ?",
                rs -> rs.getInt(1), contractId, clauseId).get(0);
    }

    private static Optional<DecisionEvent> newestEvent(Connection c, long contractId, String clauseId) throws SQLException {
        return SqlRunner.query(c, "SELECT " + EVENT_COLUMNS + " FROM decision_events WHERE contract_id = ? AND clause_id = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", DecisionRepository::mapEvent, contractId, clauseId)
                .stream().findFirst();
    }

    private static Optional<DecisionRecord> current(Connection c, long contractId, String clauseId) throws SQLException {
        return SqlRunner.query(c, "SELECT " + RECORD_COLUMNS + " FROM decisions d WHERE d.contract_id = ?"
                + " AND d.clause_id = ?", DecisionRepository::mapRecord, contractId, clauseId).stream().findFirst();
    }

    private static void writeState(Connection c, long contractId, String clauseId, DecisionKind decision, String note,
                                   String reviewer, Instant at) throws SQLException {
        // Portable upsert: update, and insert when there was nothing to update (the contract row is locked).
        int updated = SqlRunner.update(c, "UPDATE decisions SET decision = ?, note = ?, reviewer = ?, decided_at = ?"
                + " WHERE contract_id = ? AND clause_id = ?", decision.id(), note, reviewer, at, contractId, clauseId);
        if (updated == 0) {
            SqlRunner.update(c, "INSERT INTO decisions (contract_id, clause_id, decision, note, reviewer, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", contractId, clauseId, decision.id(), note, reviewer, at);
        }
    }

    private static DecisionRecord mapRecord(ResultSet rs) throws SQLException {
        return new DecisionRecord(rs.getLong(1), rs.getString(2), DecisionKind.fromId(rs.getString(3)), rs.getString(4),
                rs.getString(5), SqlRunner.instant(rs, "decided_at"), rs.getInt("version"));
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
