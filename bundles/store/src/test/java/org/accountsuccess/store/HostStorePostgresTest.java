package org.accountsuccess.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The host store on PostgreSQL; runs when {@code ACCOUNTSUCCESS_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL, matches = ".+",
        disabledReason = PostgresTestDatabase.SKIPPED)
class HostStorePostgresTest extends HostStoreContract {
    @Override
    TestDatabase newDatabase(Path folder) throws SQLException {
        return new PostgresTestDatabase();
    }
}
