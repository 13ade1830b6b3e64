package org.accountsuccess.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.accountsuccess.api.data.DataVersion;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.kpi.index.FactIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of the host's data the services compute from. It reads the host into a new
 * {@link FactIndex} when the host's {@link HostChanges#dataVersion()} moves (polled every
 * {@code pollMillis}), or every {@code refreshSeconds} for a host without that port, and swaps it
 * in only once complete: until then every call gets the last complete version. The reference path
 * ({@link #direct}) has no index: every call reads the host itself, as the engine's tests with
 * fake hosts that change between calls need, and as the index's figures are checked against.
 */
final class HostSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(HostSnapshots.class);
    private static final int CONSISTENT_READ_ATTEMPTS = 3;
    /** The host version of a snapshot read from a host without one, or of a read that a commit interleaved with. */
    private static final long NO_VERSION = Long.MIN_VALUE;

    private final HostPorts live;
    private final HostChanges changes;
    private final Duration refreshInterval;
    private final Clock clock;
    private final boolean direct;
    private final Object building = new Object();
    private volatile HostSnapshot current;
    /** Snapshots read so far: the next one's version number. */
    private long reads;
    private String lastFailure;
    private volatile ScheduledExecutorService poller;

    private HostSnapshots(HostPorts live, HostChanges changes, Duration refreshInterval, Clock clock, boolean direct) {
        this.live = live;
        this.changes = changes;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
        this.direct = direct;
    }

    /** Snapshots that follow the host: read again when its data version moves or the interval has passed. */
    static HostSnapshots versioned(HostPorts live, HostChanges changes, Duration refreshInterval, Clock clock) {
        return new HostSnapshots(live, changes, refreshInterval, clock, false);
    }

    /** No index: every call reads the host's ports themselves. */
    static HostSnapshots direct(HostPorts live) {
        return new HostSnapshots(live, null, Duration.ZERO, Clock.systemUTC(), true);
    }

    /** The live host's ports, read at each call. */
    HostPorts live() {
        return live;
    }

    /** The last complete snapshot; the first call reads the host (and throws when it cannot be read). */
    HostSnapshot current() {
        if (direct) {
            return new HostSnapshot(live, null, new DataVersion(0, clock.instant(), 0, 0, 0), NO_VERSION);
        }
        HostSnapshot snapshot = current;
        return snapshot != null ? snapshot : refresh();
    }

    /** Reads the host again when its data changed (or it has no version), and answers the snapshot served from then on. */
    HostSnapshot refresh() {
        return refresh(false);
    }

    /**
     * Reads the host again when its data version moved since the last read, or always when
     * {@code force} (after an import: with several hosts bound, the one that changed may not be
     * the one whose version is followed) or when the host has no version.
     */
    HostSnapshot refresh(boolean force) {
        synchronized (building) {
            HostSnapshot snapshot = current;
            if (changes == null) {
                return swapIn(read(NO_VERSION));
            }
            long hostVersion = changes.dataVersion();
            if (!force && snapshot != null && snapshot.hostVersion() == hostVersion) {
                return snapshot;
            }
            return swapIn(consistentRead(hostVersion));
        }
    }

    /**
     * A read that no commit interleaved with: the host's ports are read one after the other, so
     * an import committed in between would mix two versions. When the host's version moved during
     * the read, it is read again; after a few attempts the last read is served as if read at no
     * version, so that the next poll reads it once more.
     */
    private HostSnapshot consistentRead(long hostVersion) {
        HostSnapshot snapshot = read(hostVersion);
        for (int attempt = 1; attempt < CONSISTENT_READ_ATTEMPTS; attempt++) {
            long after = changes.dataVersion();
            if (after == hostVersion) {
                return snapshot;
            }
            hostVersion = after;
            snapshot = read(hostVersion);
        }
        return changes.dataVersion() == hostVersion ? snapshot
                : new HostSnapshot(snapshot.ports(), snapshot.index(), snapshot.version(), NO_VERSION);
    }

    /** Reads the host again on the background thread as soon as it is free (after a committed import). */
    void refreshSoon() {
        ScheduledExecutorService thread = poller;
        if (thread != null && !thread.isShutdown()) {
            thread.execute(() -> {
                try {
                    refresh(true);
                } catch (RuntimeException e) {
                    LOG.warn("Could not read the host's data into the fact index after an import: {}", e.toString());
                }
            });
        }
    }

    /** Polls the host from one background thread every {@code pollMillis}. */
    void start(long pollMillis) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "accountsuccess-fact-index");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops polling and waits for a read in progress to end; the thread is never interrupted, so a
     * host's database connection is never closed under it.
     */
    void stop() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void poll() {
        try {
            HostSnapshot snapshot = current;
            boolean due;
            if (snapshot == null) {
                due = true;
            } else if (changes != null) {
                due = changes.dataVersion() != snapshot.hostVersion();
            } else {
                due = !clock.instant().isBefore(snapshot.version().readAt().plus(refreshInterval));
            }
            if (due) {
                refresh();
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            // The host may be down or a record bad: keep serving the last version and say why once.
            if (!String.valueOf(e.getMessage()).equals(lastFailure)) {
                LOG.warn("Could not read the host's data into the fact index (the last complete version is served): {}",
                        e.toString());
                lastFailure = String.valueOf(e.getMessage());
            }
        }
    }

    private HostSnapshot swapIn(HostSnapshot snapshot) {
        current = snapshot;
        DataVersion v = snapshot.version();
        LOG.info("Fact index: data version {} read in {} ms ({} records, about {} MiB)", v.version(), v.buildMillis(),
                v.rows(), v.heapBytes() >> 20);
        return snapshot;
    }

    /** A new snapshot, numbered after the last one, of the host at {@code hostVersion}. */
    private HostSnapshot read(long hostVersion) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        FactIndex index = FactIndex.read(new FactIndex.Source(live.accounts(), live.surveys(), live.contracts(),
                live.activities(), live.rates(), live.employees(), live.revenue()));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        FactIndex.Footprint f = index.footprint();
        long rows = (long) f.accounts() + f.contacts() + f.responses() + f.invitations() + f.contracts()
                + f.activities() + f.employeeResponses() + f.revenueEntries();
        return HostSnapshot.of(index, live, new DataVersion(++reads, start, millis, rows, f.bytes()), hostVersion);
    }
}
