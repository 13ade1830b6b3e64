package org.accountsuccess.loop;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.database.lease.LeaderLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the closed loop sweeps: on one thread of its own, on the node that holds the leader lease
 * only, never two sweeps at once. The thread looks every second and sweeps when this node has just
 * taken the lease, after an import, when the host's data version changed, and
 * {@code interval.seconds} after the end of the last sweep.
 *
 * <p>It stops cooperatively: {@link #close()} asks the sweep under way to end at its next step and
 * waits for it; the thread is never interrupted, since an interrupt in the middle of a JDBC call
 * closes an embedded H2 database under every other user of it.
 */
final class SweepSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepSchedule.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final ClosedLoop loop;
    private final LeaderLease lease;
    private final Duration interval;
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopping;
    /** Touched by the schedule's thread only. */
    private boolean leading;
    private long lastSweep;
    private Optional<Long> lastVersion = Optional.empty();

    SweepSchedule(ClosedLoop loop, LeaderLease lease) {
        this.loop = loop;
        this.lease = lease;
        this.interval = Duration.ofSeconds(loop.settings().intervalSeconds());
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "account-success closed loop");
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        if (loop.settings().enabled()) {
            thread.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** After an import: a sweep on the schedule's thread soon, so the caller's thread is not held. */
    void request() {
        if (loop.settings().enabled()) {
            requested.set(true);
            try {
                thread.execute(this::tick);
            } catch (RejectedExecutionException stopped) {
                // stopping: the next start sweeps
            }
        }
    }

    /** Whether a sweep may go on to its next step. */
    boolean goOn() {
        return !stopping;
    }

    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("closed loop: a sweep step did not end within {} s of the stop; it ends on its own",
                        STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        try {
            if (stopping || !lease.held()) {
                leading = false;
                return;
            }
            Optional<Long> version = loop.dataVersion();
            boolean due = !leading || requested.getAndSet(false) || !version.equals(lastVersion)
                    || System.nanoTime() - lastSweep >= interval.toNanos();
            leading = true;
            if (due) {
                lastVersion = version;
                log(loop.sweep(() -> !stopping && lease.held()));
                // counted from the end: a sweep longer than the interval is not followed by one at once
                lastSweep = System.nanoTime();
            }
        } catch (RuntimeException e) {
            // The next sweep retries; the ledger holds what was done so far.
            LOG.warn("closed loop sweep failed, retried in the next sweep", e);
        }
    }

    private static void log(SweepReport r) {
        if (r.newResponses() + r.submitted() + r.bandChanges() + r.overdue() + r.renewalsEntered()
                + r.eventsPosted() > 0 || r.pending() > 0) {
            LOG.info("closed loop sweep as of {}: {} new response(s), {} follow-up(s) submitted, {} pending,"
                    + " {} band change(s), {} overdue, {} renewal(s) entering the window, {} event(s) posted",
                    r.asOf(), r.newResponses(), r.submitted(), r.pending(), r.bandChanges(), r.overdue(),
                    r.renewalsEntered(), r.eventsPosted());
        }
    }
}
