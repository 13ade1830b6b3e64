package org.accountsuccess.loop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.host.spi.FollowUpChange;
import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * A user's change to a follow-up as the ledger holds it: the state after it.
 *
 * @param followUpId the follow-up
 * @param version the version it made (2 or more)
 * @param at when
 * @param by who
 * @param what what changed, in words
 * @param status the stored status after it
 * @param snoozedUntil the snooze's end, while snoozed
 * @param assignee the assignee after it
 * @param note the note after it
 */
record LedgerChange(String followUpId, long version, Instant at, String by, String what, FollowUpStatus status,
        LocalDate snoozedUntil, String assignee, String note) {

    /** What a change to these values changes, in words ("done; reassigned to u-2"); empty when nothing. */
    static String what(LedgerFollowUp before, FollowUpStatus status, LocalDate snoozedUntil, String assignee,
            String note) {
        List<String> parts = new ArrayList<>();
        if (status != before.status() || !Objects.equals(snoozedUntil, before.snoozedUntil())) {
            parts.add(switch (status) {
                case DONE -> "done";
                case SNOOZED -> "snoozed until " + snoozedUntil;
                case OPEN -> "reopened";
            });
        }
        if (!Objects.equals(assignee, before.followUp().assignee())) {
            parts.add("reassigned to " + assignee);
        }
        if (!Objects.equals(note, before.note())) {
            parts.add(note == null ? "note removed" : "note");
        }
        return String.join("; ", parts);
    }

    FollowUpHistoryEntry entry() {
        return new FollowUpHistoryEntry(version, at, by, what, status, Optional.ofNullable(snoozedUntil), assignee,
                note);
    }

    /** The change as the host's {@code FollowUpUpdates} takes it. */
    FollowUpChange forHost() {
        return new FollowUpChange(followUpId, version, status, snoozedUntil, assignee, note, by, at);
    }
}
