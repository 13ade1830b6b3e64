package org.accountsuccess.rest.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.database.schema.SchemaMigration;

/**
 * Bearer tokens in the product's database (table {@code access_token}, migrated on construction,
 * history in {@code access_schema_version}), so every node of a cluster knows the same tokens.
 * Two kinds share the table: {@link Kind#API} tokens an admin issues, {@link Kind#SESSION}s the page
 * gets for a CRM launch token. Each launch token's id is recorded too, so it signs in once only.
 */
final class TokenStore {
    static final SchemaMigration SCHEMA = new SchemaMigration("access_schema_version", TokenStore.class,
            List.of("V1__access_tokens.sql"));
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, kind, name, user_id, roles, secret_hash, created_by, created_at,"
            + " expires_at, revoked_at, last_used_at";

    enum Kind {
        API, SESSION;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A row: the token, its kind and the hash of its secret. */
    record Stored(ApiToken token, Kind kind, String secretHash) {
    }

    private final DataSource dataSource;

    TokenStore(DataSource dataSource) throws SQLException {
        SCHEMA.migrate(dataSource);
        this.dataSource = dataSource;
    }

    void insert(Stored row) throws SQLException {
        ApiToken t = row.token();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO access_token (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, t.id());
            insert.setString(2, row.kind().column());
            insert.setString(3, t.name());
            insert.setString(4, t.user());
            insert.setString(5, String.join(",", new TreeSet<>(t.roles())));
            insert.setString(6, row.secretHash());
            insert.setString(7, t.createdBy());
            insert.setLong(8, t.created().toEpochMilli());
            insert.setLong(9, t.expires().toEpochMilli());
            insert.setNull(10, Types.BIGINT);
            insert.setNull(11, Types.BIGINT);
            insert.executeUpdate();
        }
    }

    Optional<Stored> find(String id) throws SQLException {
        List<Stored> rows = select("WHERE id = ?", id);
        return rows.stream().findFirst();
    }

    /** The tokens of one kind, newest first. */
    List<Stored> list(Kind kind) throws SQLException {
        return select("WHERE kind = ? ORDER BY created_at DESC, id", kind.column());
    }

    /** Marks a token revoked; false when it was unknown or revoked already. */
    boolean revoke(String id, Instant at) throws SQLException {
        return update("UPDATE access_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id) == 1;
    }

    void touch(String id, Instant at) throws SQLException {
        update("UPDATE access_token SET last_used_at = ? WHERE id = ?", at, id);
    }

    /** Drops the sessions that expired before {@code before}. */
    void dropExpiredSessions(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM access_token WHERE kind = ? AND expires_at < ?")) {
            delete.setString(1, Kind.SESSION.column());
            delete.setLong(2, before.toEpochMilli());
            delete.executeUpdate();
        }
    }

    /**
     * Records that a launch token was used; false when it was used before (on any node). Entries of
     * launch tokens expired before {@code now} are dropped on the way.
     */
    boolean firstUseOfLaunch(String issuer, String jti, Instant expires, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM access_launch_used WHERE expires_at < ?")) {
                delete.setLong(1, now.toEpochMilli());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO access_launch_used (issuer, jti, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, issuer);
                insert.setString(2, jti);
                insert.setLong(3, expires.toEpochMilli());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState()) || used(c, issuer, jti)) {
                    return false;
                }
                throw e;
            }
        }
    }

    private static boolean used(Connection c, String issuer, String jti) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM access_launch_used WHERE issuer = ? AND jti = ?")) {
            q.setString(1, issuer);
            q.setString(2, jti);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private int update(String sql, Instant at, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, id);
            return update.executeUpdate();
        }
    }

    private List<Stored> select(String where, String value) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM access_token " + where)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static Stored row(ResultSet rs) throws SQLException {
        Set<String> roles = new TreeSet<>(Arrays.asList(rs.getString("roles").split(",")));
        roles.remove("");
        ApiToken token = new ApiToken(rs.getString("id"), rs.getString("name"), rs.getString("user_id"), roles,
                rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("expires_at")), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
        return new Stored(token, Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("secret_hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
