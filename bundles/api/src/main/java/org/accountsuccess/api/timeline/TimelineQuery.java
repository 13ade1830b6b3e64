package org.accountsuccess.api.timeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.accountsuccess.host.spi.DateWindow;

/**
 * Which part of an account's timeline to show.
 *
 * @param window the days to show; flags are computed as of its last day
 * @param types the entry types to show; empty means all
 * @param offset entries to skip, newest first
 * @param limit most entries to return, {@code >= 1}
 */
public record TimelineQuery(DateWindow window, Set<TimelineEventType> types, int offset, int limit) {
    public TimelineQuery {
        Objects.requireNonNull(window, "TimelineQuery: field 'window' is required");
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (offset < 0) {
            throw new IllegalArgumentException("TimelineQuery: 'offset' is " + offset + ", must be >= 0");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("TimelineQuery: 'limit' is " + limit + ", must be >= 1");
        }
    }

    public boolean shows(TimelineEventType type) {
        return types.isEmpty() || types.contains(type);
    }
}
