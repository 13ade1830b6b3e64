package org.accountsuccess.host.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which activities to hand over.
 *
 * @param accountId only this account's activities, or {@code null} for every account
 * @param range only activities that occurred in this range
 * @param types only activities of these types; empty means every type
 */
public record ActivityQuery(String accountId, TimeRange range, Set<ActivityType> types) {
    public ActivityQuery {
        Objects.requireNonNull(range, "ActivityQuery: field 'range' is required (use TimeRange.ALL)");
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** True when {@code activity} matches this query. */
    public boolean matches(Activity activity) {
        return (accountId == null || accountId.equals(activity.accountId()))
                && range.contains(activity.occurredAt())
                && (types.isEmpty() || types.contains(activity.type()));
    }
}
