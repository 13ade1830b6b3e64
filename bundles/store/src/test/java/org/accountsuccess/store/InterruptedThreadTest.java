package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it uses the embedded store (a worker stopped on a configuration
 * change) must not close the database under everyone else, on the shipped embedded database. With
 * H2's default file system an interrupt during file I/O closed the file channel
 * ({@code ClosedByInterruptException}) and every later statement of every connection failed;
 * SQLite's file I/O is native and does not see Java interrupts.
 */
class InterruptedThreadTest {
    private static final GeneratedDataSet A = new GeneratedDataSet(500, 15_000, 0);
    private static final GeneratedDataSet B = new GeneratedDataSet(500, 15_000, 1);

    @TempDir
    Path temp;
    private String url;
    private DataSource dataSource;
    /** Keeps the database open between the test's own connections, as a pool does. */
    private Connection pooled;
    private StandaloneHost host;
    private StoreFingerprint before;

    @BeforeEach
    void storeA() throws Exception {
        url = ShippedDataSource.url(temp.resolve("karaf-data"));
        dataSource = ShippedDataSource.open(url);
        pooled = dataSource.getConnection();
        host = new StandaloneHost(dataSource, StandaloneHostTest.config(Map.of()));
        host.importDataSet(A.writeTo(temp.resolve("A")), ImportMode.REPLACE, null);
        before = StoreFingerprint.of(dataSource);
    }

    @AfterEach
    void close() throws SQLException {
        pooled.close();
    }

    @Test
    void anImportWhoseThreadIsInterruptedWhileWritingLeavesTheStoreUsable() throws Exception {
        Path setB = B.writeTo(temp.resolve("B"));
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread importer = new Thread(() -> {
            try {
                host.importDataSet(setB, ImportMode.MERGE, (phase, file, rows) -> {
                    if (phase.equals("writing") && file.equals("activities.csv") && rows >= 10_000) {
                        Thread.currentThread().interrupt(); // as a stopping worker's thread would be
                    }
                });
            } catch (Exception e) {
                failure.set(e);
            }
        }, "importer");
        importer.start();
        importer.join();

        StoreFingerprint after = StoreFingerprint.of(dataSource);
        assertThat(failure.get()).as("the interrupted import").isNull();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.rows().get("activities")).isEqualTo(16_500);
        host.importDataSet(temp.resolve("A"), ImportMode.REPLACE, null);
        assertThat(StoreFingerprint.of(dataSource)).isEqualTo(before);
    }

    @Test
    void aReaderInterruptedMidQueryLeavesTheStoreUsableForTheOthers() throws Exception {
        AtomicLong read = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (Stream<Activity> activities = host.activities(new ActivityQuery(null, TimeRange.ALL, Set.of()))) {
                activities.forEach(activity -> {
                    if (read.incrementAndGet() == 100) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "reader");
        reader.start();
        reader.join();

        assertThat(failure.get()).as("the interrupted reader").isNull();
        assertThat(read.get()).isEqualTo(15_000);
        assertThat(StoreFingerprint.of(dataSource)).isEqualTo(before);
    }
}
