package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the closed loop creates follow-up tasks in the host (a task, a note on the account, ...).
 * Optional: without it no follow-up is created.
 */
@ProviderType
public interface FollowUpSink {

    /**
     * Creates the task unless one already exists for {@link FollowUp#responseId()}. Must be
     * idempotent: the product may submit the same follow-up again after a retry, a re-import or
     * a restart, and the host must then create nothing.
     *
     * @return true when a task was created, false when one existed already
     */
    boolean submit(FollowUp followUp);
}
