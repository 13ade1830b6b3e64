package org.accountsuccess.api.followup;

/**
 * The answer to a {@link NewFollowUp}.
 *
 * @param created true when it was created now, false when the account had an open follow-up with that title
 * @param followUp the new or the existing follow-up
 */
public record FollowUpCreation(boolean created, TrackedFollowUp followUp) {
}
