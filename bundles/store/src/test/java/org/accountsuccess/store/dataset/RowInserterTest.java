package org.accountsuccess.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.database.schema.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/** Which inserter a connection gets, and the CSV fields COPY is sent. */
class RowInserterTest {
    private static final DataFile ACCOUNTS = DataFiles.ACCOUNTS;

    @Test
    void copyFieldsQuoteEveryTextAndLeaveNullEmpty() {
        assertThat(CopyInserter.field(null)).isEmpty();
        assertThat(CopyInserter.field("")).isEqualTo("\"\"");
        assertThat(CopyInserter.field("Müller, \"Max\"\nline 2 \\. ")).isEqualTo("\"Müller, \"\"Max\"\"\nline 2 \\. \"");
        assertThat(CopyInserter.field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CopyInserter.field(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(CopyInserter.field(LocalDate.of(2026, 2, 3))).isEqualTo("2026-02-03");
        assertThat(CopyInserter.field(Instant.parse("2026-02-03T08:09:10.123456Z"))).isEqualTo("2026-02-03T08:09:10.123456Z");
        assertThat(CopyInserter.field(true)).isEqualTo("true");
        assertThat(CopyInserter.field(3)).isEqualTo("3");
    }

    @Test
    void sqliteGetsBatchedInserts() throws Exception {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            sqlite.createStatement().execute("CREATE TABLE accounts (" + ACCOUNTS.columnList() + ")");
            try (RowInserter inserter = RowInserter.of(sqlite, Dialect.SQLITE, ACCOUNTS)) {
                assertThat(inserter).isInstanceOf(BatchInserter.class);
            }
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ACCOUNTSUCCESS_PG_URL", matches = ".+")
    void postgresGetsCopy() throws Exception {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(System.getenv("ACCOUNTSUCCESS_PG_URL"));
        server.setUser(System.getenv("ACCOUNTSUCCESS_PG_USER"));
        server.setPassword(System.getenv("ACCOUNTSUCCESS_PG_PASSWORD"));
        try (Connection postgres = server.getConnection();
                RowInserter inserter = RowInserter.of(postgres, Dialect.POSTGRESQL, ACCOUNTS)) {
            assertThat(inserter).isInstanceOf(CopyInserter.class);
        }
    }
}
