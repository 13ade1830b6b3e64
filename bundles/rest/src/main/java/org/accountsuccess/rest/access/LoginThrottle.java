package org.accountsuccess.rest.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Growing delays after failed logins, per user and per client address: after {@code freeFailures}
 * failures in a row, each further attempt must wait {@code firstDelay}, doubled with every further
 * failure, at most {@code maxDelay}; a login that succeeds clears the user's and the address's
 * count. While a key must wait, the password is not even checked. At most {@value #KEYS} keys
 * are remembered (the least recently failed go first), so a flood of made-up names cannot fill
 * the heap.
 */
final class LoginThrottle {
    private static final int KEYS = 10_000;

    /** Failures in a row, and until when the next attempt must wait. */
    private record Failures(int count, Instant waitUntil) {
    }

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > KEYS;
        }
    };

    LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** How long the user or the address must still wait before the next attempt; empty when it may try now. */
    synchronized Optional<Duration> wait(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(failures.get(userKey(user)), failures.get(addressKey(address)));
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed attempt; answers the failures in a row of the user. */
    synchronized int failed(String user, String address) {
        count(addressKey(address));
        return count(userKey(user)).count();
    }

    /** A login that worked: the user and the address start afresh. Answers whether they had failed before. */
    synchronized boolean succeeded(String user, String address) {
        boolean hadFailed = failures.remove(userKey(user)) != null;
        return failures.remove(addressKey(address)) != null || hadFailed;
    }

    private Failures count(String key) {
        Failures before = failures.get(key);
        int count = before == null ? 1 : before.count() + 1;
        Instant waitUntil = null;
        if (count > freeFailures) {
            int doublings = Math.min(count - freeFailures - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            waitUntil = clock.instant().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
        Failures after = new Failures(count, waitUntil);
        failures.put(key, after);
        return after;
    }

    private static Instant later(Failures a, Failures b) {
        Instant x = a == null ? null : a.waitUntil();
        Instant y = b == null ? null : b.waitUntil();
        if (x == null) {
            return y;
        }
        return y == null || x.isAfter(y) ? x : y;
    }

    private static String userKey(String user) {
        return "user:" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
