package org.accountsuccess.api.timeline;

import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.SurveyResponse;

/**
 * One entry of the timeline. Exactly one of {@code activity}, {@code response} and {@code contract}
 * is set, by {@code type}. Texts come from the host and are untrusted: show them as text.
 *
 * @param at when (contract events: the start of the day in the tenant's time zone)
 * @param date the day, in the tenant's time zone
 * @param type what it is
 * @param sourceId the id of the activity, response or contract
 * @param contactId the contact involved, or {@code null}
 * @param title a one-line summary
 * @param activity the activity, for activity types
 * @param response the response, for {@link TimelineEventType#SURVEY_RESPONSE}
 * @param contract the contract, for contract events
 */
public record TimelineEvent(Instant at, LocalDate date, TimelineEventType type, String sourceId, String contactId,
        String title, Activity activity, SurveyResponse response, Contract contract) {
}
