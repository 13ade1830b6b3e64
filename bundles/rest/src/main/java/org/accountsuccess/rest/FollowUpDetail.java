package org.accountsuccess.rest;

import java.util.List;

import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.TrackedFollowUp;

/**
 * One follow-up with its history, as {@code GET /followups/{id}} answers.
 *
 * @param followUp the follow-up as of the day asked for
 * @param history its versions, oldest first
 */
record FollowUpDetail(TrackedFollowUp followUp, List<FollowUpHistoryEntry> history) {
}
