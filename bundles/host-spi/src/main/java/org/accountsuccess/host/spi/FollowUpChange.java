package org.accountsuccess.host.spi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user's change to a follow-up the host took through {@link FollowUpSink#submit}, as it stands
 * after the change (since 1.3). Each change of one follow-up has a higher {@code version}.
 *
 * @param followUpId the follow-up's {@link FollowUp#responseId()}
 * @param version the follow-up's version after this change: 2 for the first change, then 3, ...
 * @param status open, snoozed or done
 * @param snoozedUntil the day it is open again, while snoozed; {@code null} otherwise
 * @param assignee the user id it is assigned to, or {@code null}
 * @param note the user's note, or {@code null}
 * @param changedBy the user id of who changed it
 * @param changedAt when
 */
public record FollowUpChange(String followUpId, long version, FollowUpStatus status, LocalDate snoozedUntil,
        String assignee, String note, String changedBy, Instant changedAt) {
    public FollowUpChange {
        Check.required("FollowUpChange", String.valueOf(followUpId), "followUpId", followUpId);
        Check.required("FollowUpChange", followUpId, "status", status);
        Check.required("FollowUpChange", followUpId, "changedBy", changedBy);
        Check.required("FollowUpChange", followUpId, "changedAt", changedAt);
        if (version < 2) {
            throw new IllegalArgumentException("FollowUpChange '" + followUpId + "': version " + version
                    + " must be at least 2 (1 is the follow-up as submitted)");
        }
        if ((status == FollowUpStatus.SNOOZED) != (snoozedUntil != null)) {
            throw new IllegalArgumentException("FollowUpChange '" + followUpId + "': snoozedUntil is set exactly"
                    + " when the status is SNOOZED");
        }
        assignee = Check.optional(assignee);
        note = Check.optional(note);
    }
}
