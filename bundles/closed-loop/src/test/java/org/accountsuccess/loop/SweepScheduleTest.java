package org.accountsuccess.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountsuccess.database.lease.LeaderLease;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule over a ledger in an H2 file, as the store's database is, with a lease the test holds or not. */
class SweepScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

    @TempDir
    Path folder;

    private final LoopTestHost host = new LoopTestHost();
    private final AtomicBoolean leading = new AtomicBoolean(true);
    private final LeaderLease lease = new LeaderLease() {
        @Override
        public boolean held() {
            return leading.get();
        }

        @Override
        public String nodeId() {
            return "test";
        }
    };
    private JdbcDataSource database;
    private Ledger ledger;
    private ClosedLoop loop;

    @BeforeEach
    void tenant() throws SQLException {
        host.account("acc-1", "Cedar Medical GmbH", "u-rep1");
        host.contact("c-1", "acc-1", "Liam Brown");
        host.response("r-1", "c-1", "2026-11-10T09:00:00Z", 6);
        host.response("r-2", "c-1", "2026-11-11T09:00:00Z", 9);
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + folder.resolve("accountsuccess") + ";DB_CLOSE_DELAY=-1");
        ledger = new Ledger(database);
        LoopSettings settings = new LoopSettings(ZoneId.of("UTC"), "EUR", true, 3600, 14, 120, 2, 7, 14, 7);
        loop = new ClosedLoop(host.loopHost(), ledger, Clock.fixed(NOW, ZoneOffset.UTC), settings);
    }

    @AfterEach
    void shutdown() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aStopDuringASweepWaitsForTheStepUnderWayNeverInterruptsItAndLeavesTheDatabaseUsable() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        host.onResponses = () -> {
            entered.countDown();
            try {
                // a slow host query: JDBC on the same database all the while, as the store's would be
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    ledger.pending();
                }
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        };
        SweepSchedule schedule = new SweepSchedule(loop, lease);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(schedule::close);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !stopped.isDone());
        release.countDown();
        stopped.get(5, TimeUnit.SECONDS);

        assertThat(interrupted).isFalse();
        // the sweep ended at its next step, before recording anything; the database answers
        assertThat(ledger.pending()).isEmpty();
        host.onResponses = () -> { };
        assertThat(loop.sweep().newResponses()).isEqualTo(2);
    }

    @Test
    void onlyTheLeaseHolderSweepsAndTakingTheLeaseOverSweepsAtOnce() {
        leading.set(false);
        SweepSchedule schedule = new SweepSchedule(loop, lease);
        try {
            schedule.request();
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> host.sink.calls == 0);
            leading.set(true);
            await().atMost(Duration.ofSeconds(3)).until(() -> host.sink.tasks.size() == 2);
        } finally {
            schedule.close();
        }
    }
}
