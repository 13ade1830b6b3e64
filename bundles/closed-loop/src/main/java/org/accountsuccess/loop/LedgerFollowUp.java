package org.accountsuccess.loop;

import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * A follow-up as the ledger holds it.
 *
 * @param followUp what was (or is to be) handed to the host, with the current assignee
 * @param answeredAt when the response was given; for a recommended action when it was created
 * @param createdAt when the sweep (or a user) created it
 * @param state whether the host's sink has taken it
 * @param closedOn the day a sweep found it done or a user marked it done, or {@code null}; the overdue
 *        check skips it from then on
 * @param status the status a user set (OPEN until one does)
 * @param snoozedUntil the snooze's end while {@code status} is SNOOZED, else {@code null}
 * @param note a user's note, or {@code null}
 * @param version 1 as created, one more per change
 * @param createdBy the user who created it, {@code null} for the sweep
 */
record LedgerFollowUp(FollowUp followUp, Instant answeredAt, Instant createdAt, FollowUpState state,
        LocalDate closedOn, FollowUpStatus status, LocalDate snoozedUntil, String note, long version,
        String createdBy) {

    /** A follow-up as it is recorded first: pending, open, version 1. */
    static LedgerFollowUp created(FollowUp followUp, Instant answeredAt, Instant createdAt, String createdBy) {
        return new LedgerFollowUp(followUp, answeredAt, createdAt, FollowUpState.PENDING, null, FollowUpStatus.OPEN,
                null, null, 1, createdBy);
    }

    String id() {
        return followUp.responseId();
    }
}
