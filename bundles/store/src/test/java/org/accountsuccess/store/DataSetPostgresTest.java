package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.jdbc.DataVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Data-set import and export on PostgreSQL; runs when {@code ACCOUNTSUCCESS_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL, matches = ".+",
        disabledReason = PostgresTestDatabase.SKIPPED)
class DataSetPostgresTest extends DataSetContract {
    @Override
    TestDatabase newDatabase(Path folder) throws SQLException {
        return new PostgresTestDatabase();
    }

    /** Two nodes over one database: the second node's import waits for the lock the first one holds. */
    @Test
    void anImportOnAnotherNodeWaitsUntilTheRunningImportHasCommitted() throws Exception {
        DataSetStore otherNode = new DataSetStore(database.open(), BASE_CURRENCY);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection running = dataSource.getConnection()) {
            running.setAutoCommit(false);
            assertThat(DataVersion.lockForImport(running)).isZero();
            Future<ImportReport> waiting = executor.submit(
                    () -> otherNode.importDataSet(dataSet("good"), ImportMode.MERGE, ImportProgress.NONE));
            assertThatThrownBy(() -> waiting.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(count("accounts")).isZero();
            DataVersion.raise(running);
            running.commit();
            assertThat(waiting.get(30, TimeUnit.SECONDS).files()).hasSize(10);
        } finally {
            executor.shutdownNow();
        }
        assertThat(count("accounts")).isPositive();
        assertThat(host.dataVersion()).as("raised by both").isEqualTo(2);
    }
}
