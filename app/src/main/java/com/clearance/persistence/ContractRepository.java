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

/** Stores imported contracts and their normalised text. */
public final class ContractRepository {

    private static final String COLUMNS = "id, vendor, document_name, source_path, sha256, format, pages, imported_at";

    private final SqlRunner jdbc;

    public ContractRepository(DataSource dataSource) {
        this.jdbc = new SqlRunner(dataSource);
    }

    public ContractRecord insert(String vendor, String documentName, String sourcePath, String sha256,
                                 DocumentFormat format, int pages, String body, String documentJson,
                                 Instant importedAt) throws StoreException {
        long id = jdbc.inConnection(c -> insert(c, vendor, documentName, sourcePath, sha256, format, pages, body,
                documentJson, importedAt));
        return new ContractRecord(id, vendor, documentName, sourcePath, sha256, format, pages, importedAt);
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
            AuditRepository.save(c, contractId, audit, auditedAt);
            return contractId;
        });
        return new ContractRecord(id, vendor, documentName, sourcePath, sha256, format, pages, importedAt);
    }

    private static long insert(Connection c, String vendor, String documentName, String sourcePath, String sha256,
                               DocumentFormat format, int pages, String body, String documentJson, Instant importedAt)
            throws SQLException {
        return SqlRunner.insert(c, "INSERT INTO contracts (vendor, document_name, source_path, sha256,"
                        + " format, pages, body, document_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                vendor, documentName, sourcePath, sha256, format.id(), pages, body, documentJson, importedAt);
    }

    public List<ContractRecord> findAll() throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts ORDER BY imported_at DESC, id DESC", ContractRepository::map);
    }

    public Optional<ContractRecord> find(long id) throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE id = ?", ContractRepository::map, id)
                .stream().findFirst();
    }

    public Optional<ContractRecord> findBySha256(String sha256) throws StoreException {
        return jdbc.query("SELECT " + COLUMNS + " FROM contracts WHERE sha256 = ? ORDER BY id", ContractRepository::map, sha256)
                .stream().findFirst();
    }

    public String body(long id) throws StoreException {
        return jdbc.query("SELECT body FROM contracts WHERE id = ?", rs -> rs.getString(1), id)
                .stream().findFirst().orElse("");
    }

    public String documentJson(long id) throws StoreException {
        return jdbc.query("SELECT document_json FROM contracts WHERE id = ?", rs -> rs.getString(1), id)
                .stream().findFirst().orElse("");
    }

    public void delete(long id) throws StoreException {
        jdbc.inConnection(c -> SqlRunner.update(c, "DELETE FROM contracts WHERE id = ?", id));
    }

    private static ContractRecord map(ResultSet rs) throws SQLException {
        return new ContractRecord(rs.getLong("id"), rs.getString("vendor"), rs.getString("document_name"),
                rs.getString("source_path"), rs.getString("sha256"), format(rs.getString("format")),
                rs.getInt("pages"), SqlRunner.instant(rs, "imported_at"));
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
