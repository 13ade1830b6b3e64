package org.accountsuccess.api.followup;

import java.time.LocalDate;

import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * A user's change to one follow-up; a {@code null} field keeps what is there.
 *
 * @param followUpId the follow-up
 * @param version the version the user saw: a change on an older one is refused ({@link StaleFollowUpException})
 * @param status open (also: reopen a done one), snoozed or done; {@code null} with a {@code snoozeUntil} means snoozed
 * @param snoozeUntil the day a snooze ends, required exactly when snoozing; it must be after the as-of day
 * @param assignee the user id to reassign it to
 * @param note the note, replacing the one there; empty removes it
 * @param by the user id of who changes it
 */
public record FollowUpEdit(String followUpId, long version, FollowUpStatus status, LocalDate snoozeUntil,
        String assignee, String note, String by) {
    /** Longest note kept. */
    public static final int MAX_NOTE = 2000;

    public FollowUpEdit {
        followUpId = NewFollowUp.required("followUpId", followUpId);
        by = NewFollowUp.required("by", by);
        if (version < 1) {
            throw new IllegalArgumentException("version: " + version + " is not a version (1 or more)");
        }
        if (status == null && snoozeUntil != null) {
            status = FollowUpStatus.SNOOZED;
        }
        if (status == FollowUpStatus.SNOOZED && snoozeUntil == null) {
            throw new IllegalArgumentException("snoozeUntil: is required to snooze");
        }
        if (status != FollowUpStatus.SNOOZED && snoozeUntil != null) {
            throw new IllegalArgumentException("snoozeUntil: only with the status snoozed, not " + status);
        }
        if (assignee != null) {
            assignee = NewFollowUp.required("assignee", assignee);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note: longer than " + MAX_NOTE + " characters");
        }
        if (status == null && assignee == null && note == null) {
            throw new IllegalArgumentException("body: nothing to change (status, snoozeUntil, assignee or note)");
        }
    }
}
