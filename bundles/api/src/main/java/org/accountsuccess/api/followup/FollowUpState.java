package org.accountsuccess.api.followup;

/** Whether the host's follow-up sink has taken a follow-up. */
public enum FollowUpState {
    /** Recorded by the product; not yet taken by the host (no sink bound, or the sink failed): retried each sweep. */
    PENDING,
    /** The host's sink has taken it (created the task, or had it already). */
    SUBMITTED
}
