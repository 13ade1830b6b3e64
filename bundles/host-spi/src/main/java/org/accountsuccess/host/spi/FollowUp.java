package org.accountsuccess.host.spi;

import java.time.LocalDate;

/**
 * A task the closed loop asks the host to create: for a survey response, or for one of an account's
 * recommended actions (kind {@link Kind#RECOMMENDED_ACTION}, since 1.3).
 *
 * @param responseId the response the task answers, or for a recommended action an id starting with
 *        {@code act-}; it is the task's idempotency key
 * @param accountId the account of the respondent
 * @param contactId the respondent; {@code null} for a recommended action, which answers no response
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
        THANK_AND_ASK_REFERRAL,
        /** One of the account's recommended actions, created by a user (since 1.3): no contact, no response. */
        RECOMMENDED_ACTION
    }

    public FollowUp {
        Check.required("FollowUp", String.valueOf(responseId), "responseId", responseId);
        Check.required("FollowUp", responseId, "accountId", accountId);
        Check.required("FollowUp", responseId, "kind", kind);
        if (kind != Kind.RECOMMENDED_ACTION) {
            Check.required("FollowUp", responseId, "contactId", contactId);
        }
        Check.required("FollowUp", responseId, "dueDate", dueDate);
        Check.required("FollowUp", responseId, "title", title);
        assignee = Check.optional(assignee);
    }
}
