package org.accountsuccess.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * A follow-up of the closed loop as of a day.
 *
 * @param followUp what the owner is asked to do, as handed to the host, with its current assignee
 * @param answeredAt when the response was given (for a recommended action: when it was created): a
 *        meaningful touch with the account from then on closes it
 * @param createdAt when the product created it
 * @param state whether the host's sink has taken it
 * @param doneOn the day it was done, up to the as-of day: the day a user marked it done, or else the day
 *        (tenant time zone) of the first meaningful touch with the account (business review, meeting,
 *        call, visit or support ticket) at or after {@code answeredAt}; empty while open
 * @param overdue not done, not snoozed on the as-of day, and due (or snoozed until) before it
 * @param status as of the day: done, snoozed (the as-of day is before {@code snoozedUntil}), else open
 * @param snoozedUntil the day a snooze ends, while a user has it snoozed (also when that day has come)
 * @param note a user's note, or {@code null}
 * @param version 1 as created, one more with each user's change; a change names the version it saw
 */
public record TrackedFollowUp(FollowUp followUp, Instant answeredAt, Instant createdAt, FollowUpState state,
        Optional<LocalDate> doneOn, boolean overdue, FollowUpStatus status, Optional<LocalDate> snoozedUntil,
        String note, long version) {
    public TrackedFollowUp {
        Objects.requireNonNull(followUp, "TrackedFollowUp: 'followUp' is required");
        Objects.requireNonNull(answeredAt, "TrackedFollowUp: 'answeredAt' is required");
        Objects.requireNonNull(createdAt, "TrackedFollowUp: 'createdAt' is required");
        Objects.requireNonNull(state, "TrackedFollowUp: 'state' is required");
        Objects.requireNonNull(doneOn, "TrackedFollowUp: 'doneOn' is required (Optional.empty() when open)");
        Objects.requireNonNull(status, "TrackedFollowUp: 'status' is required");
        Objects.requireNonNull(snoozedUntil, "TrackedFollowUp: 'snoozedUntil' is required (Optional.empty())");
    }

    /** A follow-up no user has changed (version 1): open or done by a touch. */
    public TrackedFollowUp(FollowUp followUp, Instant answeredAt, Instant createdAt, FollowUpState state,
            Optional<LocalDate> doneOn, boolean overdue) {
        this(followUp, answeredAt, createdAt, state, doneOn, overdue,
                doneOn.isPresent() ? FollowUpStatus.DONE : FollowUpStatus.OPEN, Optional.empty(), null, 1);
    }

    /** The follow-up's id: the response id, or {@code act-...} for a recommended action. */
    public String id() {
        return followUp.responseId();
    }

    public boolean done() {
        return doneOn.isPresent();
    }
}
