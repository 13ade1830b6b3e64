package org.accountsuccess.api.followup;

import java.time.LocalDate;

/**
 * A follow-up a user creates for one of an account's recommended actions.
 *
 * @param accountId the account
 * @param title the action, as the page shows it; with the account, it identifies the follow-up while it
 *        is open (asking again answers the open one)
 * @param dueDate when it is due, or {@code null} for the configured days after today
 * @param assignee who does it, or {@code null} for the account's owner (the creator when it has none)
 * @param createdBy the user id of the creator
 */
public record NewFollowUp(String accountId, String title, LocalDate dueDate, String assignee, String createdBy) {
    /** Longest title kept. */
    public static final int MAX_TITLE = 500;

    public NewFollowUp {
        accountId = required("accountId", accountId);
        title = required("title", title);
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title: longer than " + MAX_TITLE + " characters");
        }
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        createdBy = required("createdBy", createdBy);
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value.strip();
    }
}
