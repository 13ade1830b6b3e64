package org.accountsuccess.database.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {
    private final JdbcDataSource database = new JdbcDataSource();

    SchemaMigrationTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void appliesWhatIsNewOnceAndKeepsEachBundlesHistoryApart() throws SQLException {
        SchemaMigration first = new SchemaMigration("a_schema_version", SchemaMigrationTest.class,
                List.of("V1__first.sql"));
        assertThat(first.migrate(database)).containsExactly("V1__first.sql");
        assertThat(first.migrate(database)).isEmpty();
        SchemaMigration both = new SchemaMigration("a_schema_version", SchemaMigrationTest.class,
                List.of("V1__first.sql", "V2__second.sql"));
        assertThat(both.migrate(database)).containsExactly("V2__second.sql");
        try (Connection c = database.getConnection()) {
            c.createStatement().execute("INSERT INTO migrated (id, name) VALUES (1, 'x')");
        }
        // another bundle's history starts afresh; its scripts run again harmlessly (IF NOT EXISTS)
        assertThat(new SchemaMigration("b_schema_version", SchemaMigrationTest.class, List.of("V1__first.sql"))
                .migrate(database)).containsExactly("V1__first.sql");
    }

    @Test
    void aScriptChangedAfterItWasAppliedStopsTheStart() throws SQLException {
        new SchemaMigration("a_schema_version", SchemaMigrationTest.class, List.of("V1__first.sql")).migrate(database);
        SchemaMigration changed = new SchemaMigration("a_schema_version", SchemaMigrationTest.class,
                List.of("V1__changed.sql"));
        assertThatThrownBy(() -> changed.migrate(database)).hasMessageContaining("a_schema_version: V1__changed.sql"
                + " was changed after it was applied").hasMessageContaining("V2__*.sql");
    }

    @Test
    void namesAndScriptsAreChecked() {
        assertThatThrownBy(() -> new SchemaMigration("x", SchemaMigrationTest.class, List.of("V2__first.sql")))
                .hasMessageContaining("should be named V1__<words>.sql");
        assertThatThrownBy(() -> new SchemaMigration("bad name", SchemaMigrationTest.class, List.of()))
                .hasMessageContaining("history table 'bad name'");
        assertThatThrownBy(() -> new SchemaMigration("x", SchemaMigrationTest.class, List.of("V1__missing.sql"))
                .migrate(database)).hasMessageContaining("V1__missing.sql is missing");
        assertThat(SchemaMigration.statements("-- a comment\nCREATE TABLE t (\n  a INT\n);\n\nCREATE INDEX i ON t (a);\n"))
                .containsExactly("CREATE TABLE t (\na INT\n)", "CREATE INDEX i ON t (a)");
        assertThatThrownBy(() -> SchemaMigration.statements("CREATE TABLE t (a INT)"))
                .hasMessageContaining("does not end with ';'");
    }
}
