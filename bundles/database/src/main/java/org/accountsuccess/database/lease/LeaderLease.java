package org.accountsuccess.database.lease;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether this node leads the nodes that share the product's database. One node at a time holds
 * the lease; it renews it while it runs, and another node takes it over once it expires (after a
 * crash) or at once when the holder stops cleanly.
 *
 * <p>Work that must run once per cluster asks {@link #held()} before it starts and between its
 * steps, and stops at the next step when the answer turns false. Exactly-once effects still rest
 * on the database's uniqueness, never on the lease alone: two nodes may both believe they lead for
 * a moment (a paused JVM, a slow renewal).
 */
@ProviderType
public interface LeaderLease {

    /** True while this node holds the lease. Cheap: no query, safe to ask between every two steps. */
    boolean held();

    /** This node's id, as the lease row records its holder. */
    String nodeId();
}
