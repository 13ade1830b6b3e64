package org.accountsuccess.database.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.accountsuccess.database.lease.LeaderLease;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leader lease over the row {@value #NAME} of {@code leader_lease}, timed so that another node
 * takes over within {@code lease.seconds} of the holder's last renewal: each renewal makes the row
 * valid for four fifths of the lease, and the other nodes try to take it every tenth. A thread of
 * its own renews it every quarter; {@link #held()} answers from the last successful renewal and
 * turns false three fifths of the lease after it, before the row can expire, even when the
 * database is out of reach. Deactivation waits for the current try (never interrupting JDBC) and
 * hands the lease over.
 */
@Component(service = LeaderLease.class, immediate = true, configurationPid = ClusterConfiguration.PID)
@Designate(ocd = ClusterConfiguration.class)
public class ClusterLease implements LeaderLease {
    static final String DATA_SOURCE = "(dataSourceName=accountsuccess)";
    static final String NAME = "leader";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLease.class);
    private static final long MIN_TRY_MILLIS = 250;

    private final LeaseTable table;
    private final String node;
    private final Duration lease;
    private final ScheduledExecutorService renewal;
    /** System.nanoTime() until which this node may act as the holder; written by the renewal thread only. */
    private volatile long heldUntil;
    private volatile boolean holding;

    @Activate
    public ClusterLease(@Reference(name = "dataSource", target = DATA_SOURCE) DataSource dataSource,
            ClusterConfiguration config) throws SQLException {
        this(dataSource, nodeId(config.node_id()), leaseOf(config.lease_seconds()));
    }

    ClusterLease(DataSource dataSource, String node, Duration lease) throws SQLException {
        LeaseTable.SCHEMA.migrate(dataSource);
        this.table = new LeaseTable(dataSource);
        this.node = node;
        this.lease = lease;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "account-success leader lease");
            t.setDaemon(true);
            return t;
        });
        // a stop waits for the try under way, not for the next one
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.renewal = executor;
        renewal.execute(this::tryTake);
    }

    @Override
    public boolean held() {
        return holding && System.nanoTime() - heldUntil < 0;
    }

    @Override
    public String nodeId() {
        return node;
    }

    @Deactivate
    void stop() throws InterruptedException {
        renewal.shutdown();
        if (!renewal.awaitTermination(lease.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("leader lease: the last renewal did not end within {} s; the lease expires by itself",
                    lease.toSeconds());
            return;
        }
        if (holding) {
            holding = false;
            try {
                table.release(NAME, node);
                LOG.info("leader lease: node {} hands the lease over", node);
            } catch (SQLException e) {
                LOG.warn("leader lease: could not hand it over ({}); it expires within {} s", e.toString(),
                        lease.toSeconds());
            }
        }
    }

    private void tryTake() {
        long started = System.nanoTime();
        boolean took = false;
        boolean answered = false;
        try {
            took = table.take(NAME, node, validity(lease));
            answered = true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("leader lease: the database could not be reached ({}); tried again shortly", e.toString());
        }
        if (took) {
            heldUntil = started + lease.toNanos() * 3 / 5;
            if (!holding) {
                LOG.info("leader lease: node {} holds the lease ({} s): the sweep and the webhook deliveries run here",
                        node, lease.toSeconds());
            }
            holding = true;
        } else if (holding && (answered || System.nanoTime() - heldUntil >= 0)) {
            // another node has it, or the database stayed out of reach until the renewal's deadline
            holding = false;
            LOG.warn("leader lease: node {} lost the lease", node);
        }
        long next = took ? lease.toMillis() / 4 : Math.max(MIN_TRY_MILLIS, lease.toMillis() / 10);
        try {
            renewal.schedule(this::tryTake, next, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // deactivated meanwhile
        }
    }

    /** How long one renewal keeps the row: with the others' tries every tenth, a takeover comes within the lease. */
    static Duration validity(Duration lease) {
        return lease.multipliedBy(4).dividedBy(5);
    }

    static Duration leaseOf(int seconds) {
        if (seconds < 3) {
            throw new IllegalArgumentException(ClusterConfiguration.PID + ": 'lease.seconds' = " + seconds
                    + ", must be at least 3");
        }
        return Duration.ofSeconds(seconds);
    }

    static String nodeId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + System.getProperty("karaf.base", System.getProperty("user.dir"));
    }
}
