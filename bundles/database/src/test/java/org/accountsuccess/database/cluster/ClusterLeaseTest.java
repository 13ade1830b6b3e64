package org.accountsuccess.database.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ClusterLeaseTest {
    private static final Duration LEASE = Duration.ofSeconds(3);
    private final JdbcDataSource database = new JdbcDataSource();

    ClusterLeaseTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void oneNodeHoldsTheLeaseAndACleanStopHandsItOverAtOnce() throws Exception {
        ClusterLease a = new ClusterLease(database, "a", LEASE);
        await().atMost(Duration.ofSeconds(2)).until(a::held);
        ClusterLease b = new ClusterLease(database, "b", LEASE);
        // b tries every 300 ms for longer than the lease: a keeps renewing it
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> a.held() && !b.held());
        long stopped = System.nanoTime();
        a.stop();
        assertThat(a.held()).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(b::held);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(1));
        b.stop();
    }

    @Test
    void afterTheHoldersLastRenewalAnotherNodeTakesOverWithinTheLease() throws Exception {
        LeaseTable.SCHEMA.migrate(database);
        assertThat(new LeaseTable(database).take("leader", "crashed", ClusterLease.validity(LEASE))).isTrue();
        long renewed = System.nanoTime(); // and then killed
        ClusterLease b = new ClusterLease(database, "b", LEASE);
        await().atMost(LEASE.plusSeconds(1)).pollInterval(Duration.ofMillis(20)).until(b::held);
        assertThat(Duration.ofNanos(System.nanoTime() - renewed)).isLessThanOrEqualTo(LEASE);
        b.stop();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheFormerHolderLosesIt() throws SQLException {
        LeaseTable table = new LeaseTable(database);
        LeaseTable.SCHEMA.migrate(database);
        assertThat(table.take("leader", "crashed", Duration.ofMillis(500))).isTrue();
        assertThat(table.take("leader", "b", LEASE)).isFalse();
        // the holder renews; a node restarted under the same id takes its own lease back at once
        assertThat(table.take("leader", "crashed", Duration.ofMillis(500))).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> table.take("leader", "b", LEASE));
        assertThat(table.take("leader", "crashed", LEASE)).isFalse();
    }

    @Test
    void aBadLeaseTimeIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ClusterLease.leaseOf(2)).hasMessage("org.accountsuccess.cluster: 'lease.seconds' = 2,"
                + " must be at least 3");
        assertThat(ClusterLease.nodeId(" node-1 ")).isEqualTo("node-1");
        assertThat(ClusterLease.nodeId("")).contains(":");
    }
}
