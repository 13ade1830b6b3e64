package org.accountsuccess.core;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How the in-memory fact index follows the host, as typed configuration of the PID
 * {@value #PID} ({@code etc/org.accountsuccess.core.HostBinding.cfg}, which also holds the
 * {@code <port>.target} filters that pick the host).
 */
@ObjectClassDefinition(id = FactIndexConfiguration.PID, name = "Account Success host binding and fact index",
        description = "Which host the services read (<port>.target filters), and how often its data is read"
                + " into the in-memory fact index the figures are computed from.")
public @interface FactIndexConfiguration {
    String PID = "org.accountsuccess.core.HostBinding";

    @AttributeDefinition(min = "50", max = "60000", description = "How often the host's data version is asked for,"
            + " in milliseconds (a host that reports one, such as the standalone store). A new version is read"
            + " into a new index, served once complete.")
    long poll_millis() default 1000;

    @AttributeDefinition(min = "1", description = "For a host that reports no data version: seconds between two"
            + " reads of its whole data.")
    long refresh_seconds() default 300;

    @AttributeDefinition(min = "0", max = "10000", description = "How many portfolio results (per service,"
            + " parameters and data version) are kept; 0 keeps none.")
    int cache_entries() default 128;
}
