package org.accountsuccess.api.timeline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The communication-gap flag: days since the last meaningful touch against the tier's limit.
 *
 * @param lastTouch the day of the last meaningful touch; empty when the account was never touched
 * @param daysSince days from it to the as-of date; empty (undefined) when never touched
 * @param limitDays the tier's limit
 * @param flagged true when {@code daysSince > limitDays} or the account was never touched
 */
public record CommunicationGap(Optional<LocalDate> lastTouch, OptionalLong daysSince, int limitDays,
        boolean flagged) {
}
