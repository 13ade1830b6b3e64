package org.accountsuccess.host.spi;

/** Where a user's work on a follow-up stands (since 1.3). */
public enum FollowUpStatus {
    /** To do. */
    OPEN,
    /** Put off to a day ({@link FollowUpChange#snoozedUntil()}); open again from that day on. */
    SNOOZED,
    /** A user marked it done. */
    DONE
}
