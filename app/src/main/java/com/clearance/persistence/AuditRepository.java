package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DocumentReading;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores audit runs with their findings and evidence. Runs are only added, never replaced. */
public final class AuditRepository {

    private final SqlRunner jdbc;
    private final ChangeLog changes;

    public AuditRepository(Database db) {
        this.jdbc = new SqlRunner(db.dataSource());
        this.changes = db.changes();
    }

    public AuditRepository(DataSource dataSource) {
        this.jdbc = new SqlRunner(dataSource);
        this.changes = new ChangeLog(dataSource);
    }

    /** A re-audit of a stored contract (a first audit comes with the contract, in one transaction). */
    public long save(long contractId, AuditResult result, Instant auditedAt) throws StoreException {
        return jdbc.inTransaction(c -> {
            ContractRecord contract = ContractRepository.lockLive(c, contractId);
            long id = save(c, contractId, result, auditedAt, changes.actor());
            changes.append(c, null, "audit", contractId, null, "re-audited " + contract.vendor() + " (score "
                    + result.score() + ")");
            return id;
        });
    }

    /** Writes one audit run inside the caller's transaction. */
    static long save(Connection c, long contractId, AuditResult result, Instant auditedAt, String auditedBy)
            throws SQLException {
        {
            DocumentReading r = result.reading();
            long auditId = SqlRunner.insert(c, "INSERT INTO audits (contract_id, library_version, score, score_explanation,"
                            + " audited_at, audited_by, reading_sentences, reading_terms, reading_numbered, reading_marks,"
                            + " reading_titled, reading_library_sentences, reading_other_sentences, reading_language)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contractId, nz(result.libraryVersion()),
                    result.score(), nz(result.scoreExplanation()), auditedAt, auditedBy,
                    r == null ? null : r.sentences(), r == null ? null : r.obligations(),
                    r == null ? null : r.numberedClauses(), r == null ? null : r.agreementMarks(),
                    r == null ? null : r.titledAsTerms(),
                    r == null ? null : r.librarySentences(), r == null ? null : r.otherLanguageSentences(),
                    r == null ? null : r.language());
            for (Finding f : result.findings()) {
                long findingId = SqlRunner.insert(c, "INSERT INTO findings (audit_id, clause_id, status, rationale,"
                                + " recommendation, looked_for) VALUES (?, ?, ?, ?, ?, ?)", auditId, f.clauseId(),
                        f.status().id(), f.rationale(), f.recommendation(), f.lookedFor());
                int ordinal = 0;
                for (Evidence e : f.evidence()) {
                    SqlRunner.update(c, "INSERT INTO evidence (finding_id, ordinal, sentence, page, section, start_offset,"
                                    + " end_offset, points_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", findingId, ordinal++,
                            e.text(), e.page(), e.section(), e.start(), e.end(),
                            e.pointsTo() == null ? null : e.pointsTo().id());
                }
            }
            return auditId;
        }
    }

    /** The newest audit of a contract with its findings, if it was ever audited. */
    public Optional<StoredAudit> latest(long contractId) throws StoreException {
        return jdbc.inConnection(c -> {
            List<Long> ids = SqlRunner.query(c, "SELECT id FROM audits WHERE contract_id = ? ORDER BY audited_at DESC, id DESC"
                    + " FETCH FIRST 1 ROWS ONLY", rs -> rs.getLong(1), contractId);
            return ids.isEmpty() ? Optional.empty() : Optional.of(load(c, ids.get(0)));
        });
    }

    public StoredAudit load(long auditId) throws StoreException {
        return jdbc.inConnection(c -> load(c, auditId));
    }

    /** Every run of one contract, newest first. */
    public List<AuditSummary> history(long contractId) throws StoreException {
        return summaries("WHERE a.contract_id = ?", contractId);
    }

    /** The newest run of every contract, by contract id. */
    public Map<Long, AuditSummary> latestByContract() throws StoreException {
        Map<Long, AuditSummary> latest = new HashMap<>();
        for (AuditSummary s : summaries("WHERE a.contract_id IN (SELECT id FROM contracts WHERE deleted_at IS NULL)")) {
            latest.putIfAbsent(s.contractId(), s);
        }
        return latest;
    }

    /** The newest run of each of these contracts, by contract id (one page of the list, without reading the rest). */
    public Map<Long, AuditSummary> latestFor(List<Long> contractIds) throws StoreException {
        Map<Long, AuditSummary> latest = new HashMap<>();
        if (contractIds.isEmpty()) {
            return latest;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(contractIds.size(), "?"));
        for (AuditSummary s : summaries("WHERE a.contract_id IN (" + marks + ")", contractIds.toArray())) {
            latest.putIfAbsent(s.contractId(), s);
        }
        return latest;
    }

    private List<AuditSummary> summaries(String where, Object... params) throws StoreException {
        String sql = "SELECT a.id, a.contract_id, a.score, a.library_version, a.audited_at, f.status, COUNT(f.id) AS n,"
                + " " + READING + " FROM audits a LEFT JOIN findings f ON f.audit_id = a.id " + where
                + " GROUP BY a.id, a.contract_id, a.score, a.library_version, a.audited_at, f.status, " + READING
                + " ORDER BY a.audited_at DESC, a.id DESC";
        Map<Long, AuditSummary> byId = new LinkedHashMap<>();
        Map<Long, Map<Status, Integer>> counts = new HashMap<>();
        for (Object[] row : jdbc.query(sql, rs -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getInt(3),
                rs.getString(4), SqlRunner.instant(rs, "audited_at"), rs.getString(6), rs.getInt(7), reading(rs)},
                params)) {
            long id = (Long) row[0];
            Map<Status, Integer> c = counts.computeIfAbsent(id, k -> new EnumMap<>(Status.class));
            if (row[5] != null) {
                c.put(Status.fromId((String) row[5]), (Integer) row[6]);
            }
            DocumentReading reading = (DocumentReading) row[7];
            byId.put(id, new AuditSummary(id, (Long) row[1], (Integer) row[2], (String) row[3], (Instant) row[4], c,
                    reading == null || reading.looksLikeAgreement()));
        }
        return new ArrayList<>(byId.values());
    }

    private static StoredAudit load(Connection c, long auditId) throws SQLException {
        List<Object[]> head = SqlRunner.query(c, "SELECT a.contract_id, a.library_version, a.score, a.score_explanation,"
                + " a.audited_at, k.document_name, k.sha256, k.pages, " + READING + " FROM audits a JOIN contracts k ON"
                + " k.id = a.contract_id WHERE a.id = ?", rs -> new Object[]{rs.getLong(1), rs.getString(2),
                rs.getInt(3), rs.getString(4), SqlRunner.instant(rs, "audited_at"), rs.getString(6), rs.getString(7),
                rs.getInt(8), reading(rs)}, auditId);
        if (head.isEmpty()) {
            throw new SQLException("no audit " + auditId);
        }
        Object[] h = head.get(0);
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        SqlRunner.query(c, "SELECT e.finding_id, e.sentence, e.page, e.section, e.start_offset, e.end_offset, e.points_to"
                + " FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.audit_id = ? ORDER BY e.finding_id,"
                + " e.ordinal", rs -> evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                new Evidence(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7) == null ? null : Status.fromId(rs.getString(7)))), auditId);
        List<Finding> findings = SqlRunner.query(c, "SELECT id, clause_id, status, rationale, recommendation, looked_for"
                + " FROM findings WHERE audit_id = ? ORDER BY id", rs -> new Finding(rs.getString(2),
                Status.fromId(rs.getString(3)), evidence.getOrDefault(rs.getLong(1), List.of()), rs.getString(4),
                rs.getString(5), rs.getString(6)), auditId);
        AuditResult result = new AuditResult((String) h[5], (String) h[6], (Integer) h[7], (Integer) h[2],
                (String) h[3], (String) h[1], findings, (DocumentReading) h[8]);
        return new StoredAudit(auditId, (Long) h[0], (Instant) h[4], result);
    }

    private static final String READING = "a.reading_sentences, a.reading_terms, a.reading_numbered, a.reading_marks,"
            + " a.reading_titled,"
            + " a.reading_library_sentences, a.reading_other_sentences, a.reading_language";

    /** The reading columns of an audit row, or null for an audit stored before they were recorded. */
    private static DocumentReading reading(ResultSet rs) throws SQLException {
        int sentences = rs.getInt("reading_sentences");
        if (rs.wasNull()) {
            return null;
        }
        return new DocumentReading(sentences, rs.getInt("reading_terms"), rs.getInt("reading_numbered"),
                rs.getInt("reading_marks"), rs.getBoolean("reading_titled"), rs.getInt("reading_library_sentences"),
                rs.getInt("reading_other_sentences"), rs.getString("reading_language"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
