package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.database.schema.SchemaMigration;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store at schema V2 with a follow-up the closed loop submitted migrates to V3 (the follow-ups
 * users work) and keeps it: open, version 1, its values as they were; afterwards a follow-up
 * without a contact (a recommended action's) can be stored.
 */
class FollowUpsMigrationTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2"})
    void aV2StoreWithAFollowUpMigratesAndKeepsIt(String engine) throws SQLException {
        DataSource store = (engine.equals("h2") ? new H2TestDatabase(folder) : new SqliteTestDatabase(folder)).open();
        new SchemaMigration("schema_version", Schema.class, List.of("V1__host_tables.sql", "V2__store_state.sql"))
                .migrate(store);
        insert(store, "r-1", "c-1");

        assertThat(Schema.migrate(store)).containsExactly("V3__follow_up_updates.sql");

        try (Connection c = store.getConnection(); ResultSet row = c.createStatement().executeQuery(
                "SELECT account_id, contact_id, assignee, kind, title, status, version, snoozed_until, note"
                        + " FROM follow_ups WHERE response_id = 'r-1'")) {
            assertThat(row.next()).isTrue();
            assertThat(List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                    row.getString(6), row.getLong(7))).containsExactly("acc-1", "c-1", "u-rep1", "CALL_BACK",
                            "Call back Liam", "OPEN", 1L);
            assertThat(row.getObject(8)).isNull();
            assertThat(row.getObject(9)).isNull();
        }
        insert(store, "act-1", null);
        assertThat(Schema.migrate(store)).isEmpty();
    }

    private static void insert(DataSource store, String id, String contact) throws SQLException {
        try (Connection c = store.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO follow_ups"
                + " (response_id, account_id, contact_id, assignee, kind, due_date, title, created_at)"
                + " VALUES (?, 'acc-1', ?, 'u-rep1', 'CALL_BACK', ?, 'Call back Liam', ?)")) {
            insert.setString(1, id);
            insert.setString(2, contact);
            insert.setDate(3, java.sql.Date.valueOf("2026-11-12"));
            Dialect.of(store).setTimestamp(insert, 4, Instant.parse("2026-11-10T09:05:00Z"));
            insert.executeUpdate();
        }
    }
}
