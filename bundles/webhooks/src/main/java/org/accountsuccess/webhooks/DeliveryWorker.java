package org.accountsuccess.webhooks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.accountsuccess.database.lease.LeaderLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. One scheduler thread reads the due deliveries of every configured
 * endpoint (at most {@value #BATCH} each per round, so a busy endpoint does not starve the others)
 * and hands them to the sending threads, each claimed in the outbox first so that it is sent once;
 * it wakes when the next delivery is due, after each event and attempt, and at least every second.
 * Deliveries of an endpoint that is not configured wait.
 *
 * <p>On a database several nodes share, only the node holding the {@link LeaderLease} sends; the
 * others' rounds only look whether they hold it now. The worker stops cooperatively: no thread is
 * interrupted (an interrupt inside JDBC closes an embedded H2 database under every other user), an
 * attempt under way ends or is cut short by closing its HTTP connection, and a delivery claimed but
 * not sent yet is handed back.
 */
final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);
    private static final int BATCH = 20;
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_WAIT = Duration.ofSeconds(5);

    private record Route(Endpoint endpoint, Sender sender) {
    }

    private final Outbox outbox;
    private final LeaderLease lease;
    private final Clock clock;
    private final Duration keepDelivered;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService sending;
    private volatile boolean stopping;
    /** Touched by the scheduler thread only. */
    private ScheduledFuture<?> nextRound;
    private Instant lastForget = Instant.EPOCH;

    DeliveryWorker(Outbox outbox, LeaderLease lease, Clock clock, int threads, Duration keepDelivered) {
        this.outbox = outbox;
        this.lease = lease;
        this.clock = clock;
        this.keepDelivered = keepDelivered;
        this.scheduler = new ScheduledThreadPoolExecutor(1, named("account-success-webhooks-outbox"));
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.sending = Executors.newFixedThreadPool(threads, named("account-success-webhooks-send"));
    }

    /** Starts or replaces the route to an endpoint; its pending deliveries, if any, are sent from now on. */
    void add(Endpoint endpoint) {
        Route old = routes.put(endpoint.name(), new Route(endpoint, new Sender(endpoint)));
        if (old != null) {
            old.sender().close();
        }
        wake();
    }

    /** Stops the route to this endpoint (not to a newer one of the same name); its deliveries stay pending. */
    void remove(Endpoint endpoint) {
        Route route = routes.get(endpoint.name());
        if (route != null && route.endpoint() == endpoint && routes.remove(endpoint.name(), route)) {
            route.sender().close();
        }
    }

    Optional<Endpoint> endpoint(String name) {
        return Optional.ofNullable(routes.get(name)).map(Route::endpoint);
    }

    Collection<Endpoint> endpoints() {
        return routes.values().stream().map(Route::endpoint).toList();
    }

    /** Reads the outbox now, rather than at the next scheduled round. */
    void wake() {
        try {
            scheduler.execute(this::round);
        } catch (RejectedExecutionException closed) {
            // closed: what is pending is sent after the next start
        }
    }

    private void round() {
        Instant now = clock.instant();
        Instant next = now.plus(IDLE);
        try {
            if (!stopping && lease.held()) {
                next = sendDue(now, next);
                if (Duration.between(lastForget, now).compareTo(FORGET_EVERY) >= 0) {
                    lastForget = now;
                    outbox.forgetDelivered(now.minus(keepDelivered));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("the webhook outbox could not be read; trying again in {} s", IDLE.toSeconds(), e);
        }
        if (nextRound != null) {
            nextRound.cancel(false);
        }
        if (!stopping) {
            long millis = Math.max(1, Duration.between(clock.instant(), next).toMillis());
            try {
                nextRound = scheduler.schedule(this::round, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // stopped meanwhile
            }
        }
    }

    /** Claims and hands over what is due; answers when the next round is needed. */
    private Instant sendDue(Instant now, Instant next) throws SQLException {
        for (Route route : routes.values()) {
            List<Delivery> soon = outbox.due(route.endpoint().name(), next, BATCH);
            for (Delivery delivery : soon) {
                if (inFlight.contains(delivery.id())) {
                    continue;
                }
                Instant claimedUntil = now.plus(lease(route.endpoint()));
                if (delivery.due().isAfter(now)) {
                    next = delivery.due().isBefore(next) ? delivery.due() : next;
                } else if (outbox.claim(delivery, claimedUntil)) {
                    inFlight.add(delivery.id());
                    sending.execute(() -> attempt(route, delivery, claimedUntil));
                }
            }
        }
        return next;
    }

    /** Longer than an attempt can take: a delivery whose attempt was never recorded is sent again after it. */
    private static Duration lease(Endpoint endpoint) {
        return endpoint.connectTimeout().plus(endpoint.responseTimeout().multipliedBy(2)).plus(LEASE_MARGIN);
    }

    private void attempt(Route route, Delivery delivery, Instant claimedUntil) {
        Endpoint endpoint = route.endpoint();
        try {
            if (stopping || !lease.held()) {
                outbox.unclaim(delivery, claimedUntil);
                return;
            }
            Sender.Outcome outcome = route.sender().send(delivery, clock.instant());
            int attempts = delivery.attempts() + 1;
            Instant done = clock.instant();
            if (outcome instanceof Sender.Delivered) {
                outbox.delivered(delivery.id(), attempts, done);
            } else if (outcome instanceof Sender.Failed failed) {
                if (!failed.retry() || attempts >= endpoint.maxAttempts()) {
                    String reason = failed.error() + (failed.retry() ? ", after " + attempts + " attempt(s)"
                            : ": not retried (a 4xx other than 408 and 429, or a redirect)");
                    outbox.dead(delivery.id(), attempts, done, reason);
                    LOG.warn("webhook delivery {} ({}) to '{}' is a dead letter: {}", delivery.id(),
                            delivery.body().topic(), endpoint.name(), reason);
                } else {
                    Duration wait = endpoint.backoff().after(attempts);
                    outbox.retry(delivery.id(), attempts, done, done.plus(wait), failed.error());
                    LOG.debug("webhook delivery {} to '{}' failed ({}), attempt {} of {}, next in {} ms",
                            delivery.id(), endpoint.name(), failed.error(), attempts, endpoint.maxAttempts(),
                            wait.toMillis());
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("webhook delivery {} to '{}': the outcome could not be recorded; it stays pending",
                    delivery.id(), endpoint.name(), e);
        } finally {
            inFlight.remove(delivery.id());
            wake();
        }
    }

    /**
     * Stops sending and waits for the round and the attempts under way; an attempt still waiting
     * for its endpoint after five seconds is cut short by closing its connection
     * (recorded as a failed attempt, retried). Never interrupts a thread.
     */
    @Override
    public void close() {
        stopping = true;
        scheduler.shutdown();
        sending.shutdown();
        try {
            if (!sending.awaitTermination(ATTEMPT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                routes.values().forEach(route -> route.sender().close());
            }
            if (!sending.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)
                    || !scheduler.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("webhooks: a delivery did not end within {} s of the stop; it ends on its own",
                        STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        routes.values().forEach(route -> route.sender().close());
        routes.clear();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
