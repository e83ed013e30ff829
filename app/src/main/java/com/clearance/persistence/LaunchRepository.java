package com.clearance.persistence;

import com.clearance.runbook.Launch;
import com.clearance.runbook.Member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Launches, their members and linked contract ids. Launches are addressed by their unique name. */
public final class LaunchRepository {

    private final Database db;
    private final Clock clock;

    public LaunchRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void create(Launch launch) throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Jdbc.inTransaction(c, () -> insertLaunch(c, launch));
        } catch (SQLException e) {
            throw new StoreException("Could not save launch '" + launch.name() + "'", e);
        }
    }

    private void insertLaunch(Connection c, Launch launch) throws SQLException, StoreException {
        if (idOf(c, launch.name()).isPresent()) {
            throw new StoreException("A launch named '" + launch.name() + "' already exists", null);
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO launches (name, feature, launch_date, template_id,"
                + " created_at) VALUES (?, ?, ?, ?, ?)", new String[]{"id"})) {
            Jdbc.bind(ps, 1, launch.name());
            Jdbc.bind(ps, 2, launch.feature() == null ? "" : launch.feature());
            Jdbc.bind(ps, 3, launch.launchDate());
            Jdbc.bind(ps, 4, launch.templateId());
            Jdbc.bind(ps, 5, clock.instant());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (Member m : launch.members()) {
            insertMember(c, id, m);
        }
        for (String contract : launch.contractIds()) {
            insertContract(c, id, contract);
        }
        db.changes().append(c, null, "launch", null, launch.name(), "created launch " + launch.name());
    }

    public List<Launch> list() throws StoreException {
        List<Launch> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM launches ORDER BY launch_date, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(load(c, rs.getLong(1)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not list launches", e);
        }
    }

    public Optional<Launch> find(String name) throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Optional<Long> id = idOf(c, name);
            return id.isEmpty() ? Optional.empty() : Optional.of(load(c, id.get()));
        } catch (SQLException e) {
            throw new StoreException("Could not read launch '" + name + "'", e);
        }
    }

    public void addMember(String launchName, Member member) throws StoreException {
        update(launchName, (c, id) -> {
            if (!exists(c, "SELECT 1 FROM launch_members WHERE launch_id = ? AND member_name = ? AND member_role = ?",
                    id, member.name(), member.role())) {
                insertMember(c, id, member);
            }
        });
    }

    public void linkContract(String launchName, String contractId) throws StoreException {
        update(launchName, (c, id) -> {
            if (!exists(c, "SELECT 1 FROM launch_contracts WHERE launch_id = ? AND contract_id = ?", id, contractId)) {
                insertContract(c, id, contractId);
            }
        });
    }

    public void unlinkContract(String launchName, String contractId) throws StoreException {
        update(launchName, (c, id) -> {
            try (PreparedStatement ps = Jdbc.prepare(c, "DELETE FROM launch_contracts WHERE launch_id = ? AND contract_id = ?",
                    id, contractId)) {
                ps.executeUpdate();
            }
        });
    }

    public void delete(String launchName) throws StoreException {
        update(launchName, (c, id) -> {
            try (PreparedStatement ps = Jdbc.prepare(c, "DELETE FROM launches WHERE id = ?", id)) {
                ps.executeUpdate();
            }
        });
    }

    /** The database id of a launch, for the other repositories; a typed error when there is no such launch. */
    static long requireId(Connection c, String name) throws SQLException, StoreException {
        return idOf(c, name).orElseThrow(() -> new StoreException("No launch named '" + name + "'", null));
    }

    private interface Change {
        void apply(Connection c, long launchId) throws SQLException, StoreException;
    }

    /** The change and its change-log line commit together: neither is ever on disk without the other. */
    private void update(String launchName, Change change) throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Jdbc.inTransaction(c, () -> {
                change.apply(c, requireId(c, launchName));
                db.changes().append(c, null, "launch", null, launchName, "changed launch " + launchName);
            });
        } catch (SQLException e) {
            throw new StoreException("Could not update launch '" + launchName + "'", e);
        }
    }

    private static Optional<Long> idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT id FROM launches WHERE name = ?", name);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private Launch load(Connection c, long id) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT member_name, member_role FROM launch_members WHERE launch_id = ?"
                + " ORDER BY member_name, member_role", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                members.add(new Member(rs.getString(1), rs.getString(2)));
            }
        }
        List<String> contracts = new ArrayList<>();
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT contract_id FROM launch_contracts WHERE launch_id = ?"
                + " ORDER BY linked_at, contract_id", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                contracts.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT name, feature, launch_date, template_id FROM launches WHERE id = ?", id);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Launch(rs.getString(1), rs.getString(2), Jdbc.date(rs.getDate(3)), rs.getString(4), members, contracts);
        }
    }

    private static void insertMember(Connection c, long id, Member m) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO launch_members (launch_id, member_name, member_role)"
                + " VALUES (?, ?, ?)", id, m.name(), m.role())) {
            ps.executeUpdate();
        }
    }

    private void insertContract(Connection c, long id, String contract) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO launch_contracts (launch_id, contract_id, linked_at)"
                + " VALUES (?, ?, ?)", id, contract, clock.instant())) {
            ps.executeUpdate();
        }
    }
}
