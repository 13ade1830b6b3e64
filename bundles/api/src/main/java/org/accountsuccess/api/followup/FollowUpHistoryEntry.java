package org.accountsuccess.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * One version of a follow-up: its creation (version 1) or a user's change, with the state after it.
 *
 * @param version the version it made
 * @param at when
 * @param by the user id, or {@code closed-loop} for a follow-up the sweep created
 * @param what what changed, in words ("created", "done", "snoozed until 2026-12-09", "reassigned to u-rep2", "note")
 * @param status the status stored after it (a snooze is not ended by time here)
 * @param snoozedUntil the snooze's end, while snoozed
 * @param assignee the assignee after it
 * @param note the note after it
 */
public record FollowUpHistoryEntry(long version, Instant at, String by, String what, FollowUpStatus status,
        Optional<LocalDate> snoozedUntil, String assignee, String note) {
    /** Who {@link #by} names for a follow-up the sweep created. */
    public static final String CLOSED_LOOP = "closed-loop";
}
