package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Optional, since 1.3: a {@link FollowUpSink} that can also change the tasks it created. Implement
 * it on the same object that is registered as the {@code FollowUpSink}; the closed loop then writes
 * each user's change (done, snoozed, reassigned, a note) back to the host. Without it the changes
 * are kept in the product's state only.
 *
 * <p>A change is handed over after the follow-up itself was submitted, in the order of its
 * versions, and again after a failure (an exception) on every sweep until it is taken, so the
 * user's change is never lost.
 */
@ProviderType
public interface FollowUpUpdates {

    /**
     * Applies the change to the task of {@link FollowUpChange#followUpId()}. Must be idempotent and
     * ignore a change whose version is not above the last one applied (a retry or a late delivery).
     *
     * @return true when the task was changed, false when the change was applied already or the host
     *         has no such task (it will not be sent again)
     */
    boolean update(FollowUpChange change);
}
