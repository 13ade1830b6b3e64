package org.accountsuccess.api.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one sweep of the closed loop did.
 *
 * @param at when it ran
 * @param asOf the day it ran for (tenant time zone)
 * @param newResponses responses seen for the first time (one follow-up each)
 * @param submitted follow-ups the host's sink took in this sweep (new ones and earlier pending ones)
 * @param pending follow-ups still waiting for the sink after the sweep
 * @param bandChanges accounts whose health band changed
 * @param overdue follow-ups found overdue for the first time
 * @param renewalsEntered contracts that entered the renewal window
 * @param eventsPosted events handed to Event Admin (including ones a crashed sweep had left unposted)
 */
public record SweepReport(Instant at, LocalDate asOf, int newResponses, int submitted, int pending, int bandChanges,
        int overdue, int renewalsEntered, int eventsPosted) {
}
