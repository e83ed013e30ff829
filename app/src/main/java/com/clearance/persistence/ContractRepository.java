package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DocumentFormat;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores imported contracts and their normalised text. A deleted contract keeps its row (and its audits and
 * decisions) for the trail; lists leave it out. A contract imported for a vendor that already has one is linked to
 * the newest earlier one, so the two versions can be compared.
 */
public final class ContractRepository {

    private static final String COLUMNS = "id, vendor, document_name, source_path, sha256, format, pages, imported_at,"
            + " imported_by, supersedes_id, deleted_at";

    private final SqlRunner jdbc;
    private final ChangeLog changes;

    public ContractRepository(Database db) {
        this.jdbc = new SqlRunner(db.dataSource());
        this.changes = db.changes();
    }

    public ContractRepository(DataSource dataSource) {
        this.jdbc = new SqlRunner(dataSource);
        this.changes = new ChangeLog(dataSource);
    }

    public ContractRecord insert(String vendor, String documentName, String sourcePath, String sha256,
                                 DocumentFormat format, int pages, String body, String documentJson,
                                 Instant importedAt) throws StoreException {
        long id = jdbc.inTransaction(c -> insert(c, vendor, documentName, sourcePath, sha256, format, pages, body,
                documentJson, importedAt));
        return find(id).orElseThrow();
    }

    /**
     * Stores a contract together with its audit in one transaction: after a crash there is either both or neither,
     * never a contract the window lists without an audit.
     */
    public ContractRecord insertWithAudit(String vendor, String documentName, String sourcePath, String sha256,
                                          DocumentFormat format, int pages, String body, String documentJson,
                                          Instant importedAt, AuditResult audit, Instant auditedAt) throws StoreException {
        long id = jdbc.inTransaction(c -> {
            long contractId = insert(c, vendor, documentName, sourcePath, sha256, format, pages, body, documentJson,
                    importedAt);
            AuditRepository.save(c, contractId, audit, auditedAt, changes.actor());
            return contractId;
        });
        return new ContractRecord(id, vendor, documentName, sourcePath, sha256, format, pages, importedAt,
                changes.actor(), null, null);
    }

    private long insert(Connection c, String vendor, String documentName, String sourcePath, String sha256,
                        DocumentFormat format, int pages, String body, String documentJson, Instant importedAt)
            throws SQLException {
        List<Long> earlier = SqlRunner.query(c, "SELECT id FROM contracts WHERE LOWER(vendor) = LOWER(?) AND sha256 <> ?"
                + " AND deleted_at IS NULL ORDER BY imported_at DESC, id DESC", rs -> rs.getLong(1), vendor, sha256);
        long id = SqlRunner.insert(c, "INSERT INTO contracts (vendor, document_name, source_path, sha256, format, pages,"
                        + " body, document_json, imported_at, imported_by, supersedes_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)", vendor, documentName, sourcePath, sha256, format.id(), pages, body, documentJson,
                importedAt, changes.actor(), earlier.isEmpty() ? null : earlier.get(0));
        changes.append(c, null, "contract", id, null, "imported " + documentName + " (" + vendor + ")");
        return id;
    }

    /** Contracts not deleted, newest first. */
    public List<ContractRecord> findAll() throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE deleted_at IS NULL ORDER BY imported_at DESC,"
                + " id DESC", ContractRepository::map);
    }

    /**
     * The next {@code limit} contracts of {@link #findAll()} after {@code after} (null: from the newest). It seeks by
     * the last row's import time and id instead of an offset, so every page costs the same however far down it is.
     */
    public List<ContractRecord> findPage(ContractRecord after, int limit) throws StoreException {
        String order = " ORDER BY imported_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
        if (after == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE deleted_at IS NULL" + order,
                    ContractRepository::map, limit);
        }
        // "<=" first: H2 seeks the index only on a plain range, not on the OR that breaks ties by id
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE deleted_at IS NULL AND imported_at <= ?"
                        + " AND (imported_at < ? OR id < ?)" + order, ContractRepository::map, after.importedAt(),
                after.importedAt(), after.id(), limit);
    }

    /** Whether any contract (not deleted) is stored: one row read, however many there are. */
    public boolean any() throws StoreException {
        return !jdbc.query("SELECT id FROM contracts WHERE deleted_at IS NULL LIMIT 1", rs -> rs.getLong(1)).isEmpty();
    }

    /** One contract by id, deleted or not. */
    public Optional<ContractRecord> find(long id) throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE id = ?", ContractRepository::map, id)
                .stream().findFirst();
    }

    /** The contract (not deleted) read from a file with this SHA-256, if one was imported before. */
    public Optional<ContractRecord> findBySha256(String sha256) throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE sha256 = ? AND deleted_at IS NULL ORDER BY id",
                ContractRepository::map, sha256).stream().findFirst();
    }

    public String body(long id) throws StoreException {
        return jdbc.query("SELECT body FROM contracts WHERE id = ?", rs -> rs.getString(1), id)
                .stream().findFirst().orElse("");
    }

    public String documentJson(long id) throws StoreException {
        return jdbc.query("SELECT document_json FROM contracts WHERE id = ?", rs -> rs.getString(1), id)
                .stream().findFirst().orElse("");
    }

    /** Gives the contract another vendor name; the trail keeps the old one. */
    public ContractRecord rename(long id, String vendor, String actor, Instant at) throws StoreException {
        String name = vendor == null ? "" : vendor.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new StoreException("A vendor name is 1 to 200 characters", null);
        }
        jdbc.inTransaction(c -> {
            ContractRecord before = lockLive(c, id);
            SqlRunner.update(c, "UPDATE contracts SET vendor = ? WHERE id = ?", name, id);
            SqlRunner.update(c, "INSERT INTO contract_events (contract_id, action, actor, occurred_at, detail)"
                    + " VALUES (?, 'RENAME', ?, ?, ?)", id, actor, at, before.vendor() + " → " + name);
            changes.append(c, actor, "contract", id, null, "renamed " + before.vendor() + " to " + name);
            return null;
        });
        return find(id).orElseThrow();
    }

    /** Hides the contract from lists and the portfolio; it stays stored, with its audits and decisions, for the trail. */
    public void delete(long id, String actor, Instant at) throws StoreException {
        jdbc.inTransaction(c -> {
            ContractRecord before = lockLive(c, id);
            SqlRunner.update(c, "UPDATE contracts SET deleted_at = ?, deleted_by = ? WHERE id = ?", at, actor, id);
            SqlRunner.update(c, "INSERT INTO contract_events (contract_id, action, actor, occurred_at, detail)"
                    + " VALUES (?, 'DELETE', ?, ?, ?)", id, actor, at, before.documentName());
            changes.append(c, actor, "contract", id, null, "deleted " + before.vendor() + " (" + before.documentName() + ")");
            return null;
        });
    }

    /** Renames and deletions of one contract, oldest first. */
    public List<ContractEvent> events(long id) throws StoreException {
        return jdbc.query("SELECT id, contract_id, action, actor, occurred_at, detail FROM contract_events"
                + " WHERE contract_id = ? ORDER BY id", rs -> new ContractEvent(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), SqlRunner.instant(rs, "occurred_at"), rs.getString(6)), id);
    }

    /** Locks the contract row for this transaction; a typed error when it is missing or deleted. */
    static ContractRecord lockLive(Connection c, long id) throws SQLException {
        List<ContractRecord> found = SqlRunner.query(c, "SELECT " + COLUMNS + " FROM contracts WHERE id = ? FOR UPDATE",
                ContractRepository::map, id);
        if (found.isEmpty()) {
            throw new MissingRowException("There is no contract " + id + " in this database");
        }
        if (found.get(0).deleted()) {
            throw new MissingRowException("Contract " + id + " (" + found.get(0).documentName() + ") was deleted");
        }
        return found.get(0);
    }

    private static ContractRecord map(ResultSet rs) throws SQLException {
        long supersedes = rs.getLong("supersedes_id");
        Long supersedesId = rs.wasNull() ? null : supersedes;
        return new ContractRecord(rs.getLong("id"), rs.getString("vendor"), rs.getString("document_name"),
                rs.getString("source_path"), rs.getString("sha256"), format(rs.getString("format")),
                rs.getInt("pages"), SqlRunner.instant(rs, "imported_at"), rs.getString("imported_by"), supersedesId,
                SqlRunner.instant(rs, "deleted_at"));
    }

    private static DocumentFormat format(String id) {
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return DocumentFormat.TEXT;
    }
}
