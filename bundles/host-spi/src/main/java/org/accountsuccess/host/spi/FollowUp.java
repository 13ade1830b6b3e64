package org.accountsuccess.host.spi;

import java.time.LocalDate;

/**
 * A task the closed loop asks the host to create for a survey response.
 *
 * @param responseId the response the task answers; it is the task's idempotency key
 * @param accountId the account of the respondent
 * @param contactId the respondent
 * @param assignee the user id of the account owner, or {@code null} when the account has none
 * @param kind what to do
 * @param dueDate when it is due
 * @param title a one-line description for the assignee
 */
public record FollowUp(String responseId, String accountId, String contactId, String assignee, Kind kind,
        LocalDate dueDate, String title) {
    /** What the owner is asked to do, by the respondent's class. */
    public enum Kind {
        /** Detractor: call back. */
        CALL_BACK,
        /** Passive: engage. */
        ENGAGE,
        /** Promoter: thank and ask for a referral. */
        THANK_AND_ASK_REFERRAL
    }

    public FollowUp {
        Check.required("FollowUp", String.valueOf(responseId), "responseId", responseId);
        Check.required("FollowUp", responseId, "accountId", accountId);
        Check.required("FollowUp", responseId, "contactId", contactId);
        Check.required("FollowUp", responseId, "kind", kind);
        Check.required("FollowUp", responseId, "dueDate", dueDate);
        Check.required("FollowUp", responseId, "title", title);
        assignee = Check.optional(assignee);
    }
}
