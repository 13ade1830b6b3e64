package org.accountsuccess.api.followup;

import java.time.LocalDate;
import java.util.Objects;

import org.accountsuccess.api.AccountFilter;

/**
 * Which follow-ups to list.
 *
 * @param asOf the day the state (done, overdue) is computed for; follow-ups created after it are left out
 * @param overdueOnly only the overdue ones
 * @param assignee only the follow-ups assigned to this user id, or {@code null} for all
 * @param accounts only the follow-ups of these accounts
 */
public record FollowUpQuery(LocalDate asOf, boolean overdueOnly, String assignee, AccountFilter accounts) {
    public FollowUpQuery {
        Objects.requireNonNull(asOf, "FollowUpQuery: 'asOf' is required");
        Objects.requireNonNull(accounts, "FollowUpQuery: 'accounts' is required (AccountFilter.ALL for every account)");
        assignee = assignee == null || assignee.isBlank() ? null : assignee;
    }
}
