package org.accountsuccess.store.schema;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.accountsuccess.database.schema.SchemaMigration;

/**
 * The store's tables, created and migrated through the product's one migration mechanism
 * ({@link SchemaMigration}): the scripts {@code V1__*.sql}, {@code V2__*.sql}, ... next to this
 * class, applied in order, each in one transaction with its row in {@value #VERSION_TABLE}. An
 * applied script must never change (its checksum is recorded): add a new version instead.
 */
public final class Schema {
    /** The scripts in the order they apply; a new version appends its file here. */
    static final List<String> SCRIPTS = List.of("V1__host_tables.sql", "V2__store_state.sql",
            "V3__follow_up_updates.sql");

    static final String VERSION_TABLE = "schema_version";
    private static final SchemaMigration MIGRATION = new SchemaMigration(VERSION_TABLE, Schema.class, SCRIPTS);

    private Schema() {
    }

    /**
     * Brings the database up to the newest version.
     *
     * @return the scripts applied now, in order; empty when the schema was up to date
     * @throws SQLException when a script fails (its transaction is rolled back)
     * @throws IllegalStateException when an applied script was changed afterwards
     */
    public static List<String> migrate(DataSource dataSource) throws SQLException {
        return MIGRATION.migrate(dataSource);
    }
}
