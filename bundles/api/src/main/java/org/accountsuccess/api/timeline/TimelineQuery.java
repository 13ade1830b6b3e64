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
 * @param topic a comment topic's key (as {@code GET /topics} gives it): only the survey responses
 *        whose comments mention it are shown, and no other entries; {@code null} for no such filter
 */
public record TimelineQuery(DateWindow window, Set<TimelineEventType> types, int offset, int limit, String topic) {
    public TimelineQuery {
        Objects.requireNonNull(window, "TimelineQuery: field 'window' is required");
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (offset < 0) {
            throw new IllegalArgumentException("TimelineQuery: 'offset' is " + offset + ", must be >= 0");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("TimelineQuery: 'limit' is " + limit + ", must be >= 1");
        }
        topic = topic == null || topic.isBlank() ? null : topic.strip();
    }

    /** A query without a topic filter (the constructor before the topic was added). */
    public TimelineQuery(DateWindow window, Set<TimelineEventType> types, int offset, int limit) {
        this(window, types, offset, limit, null);
    }

    public boolean shows(TimelineEventType type) {
        return (types.isEmpty() || types.contains(type)) && (topic == null || type == TimelineEventType.SURVEY_RESPONSE);
    }
}
