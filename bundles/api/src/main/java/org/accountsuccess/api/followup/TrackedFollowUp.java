package org.accountsuccess.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.accountsuccess.host.spi.FollowUp;

/**
 * A follow-up of the closed loop as of a day.
 *
 * @param followUp what the owner is asked to do, as handed to the host
 * @param answeredAt when the response was given: a meaningful touch with the account from then on closes it
 * @param createdAt when the product created it
 * @param state whether the host's sink has taken it
 * @param doneOn the day (tenant time zone) of the first meaningful touch with the account (business review,
 *        meeting, call, visit or support ticket) at or after {@code answeredAt}, up to the as-of day; empty while open
 * @param overdue open and its due date is before the as-of day
 */
public record TrackedFollowUp(FollowUp followUp, Instant answeredAt, Instant createdAt, FollowUpState state,
        Optional<LocalDate> doneOn, boolean overdue) {
    public TrackedFollowUp {
        Objects.requireNonNull(followUp, "TrackedFollowUp: 'followUp' is required");
        Objects.requireNonNull(answeredAt, "TrackedFollowUp: 'answeredAt' is required");
        Objects.requireNonNull(createdAt, "TrackedFollowUp: 'createdAt' is required");
        Objects.requireNonNull(state, "TrackedFollowUp: 'state' is required");
        Objects.requireNonNull(doneOn, "TrackedFollowUp: 'doneOn' is required (Optional.empty() when open)");
    }

    public boolean done() {
        return doneOn.isPresent();
    }
}
