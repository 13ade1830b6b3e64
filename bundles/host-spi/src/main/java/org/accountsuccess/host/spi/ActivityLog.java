package org.accountsuccess.host.spi;

import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/** Tickets, meetings, calls, emails and the like. Required (a host without them answers empty streams). */
@ProviderType
public interface ActivityLog {

    /** The activities matching the query (see {@link ActivityQuery#matches(Activity)}). */
    Stream<Activity> activities(ActivityQuery query);
}
