package org.accountsuccess.api.timeline;

import java.time.LocalDate;

/**
 * A stretch without a meaningful touch longer than the tier allows.
 *
 * @param from the day of the touch before the gap (or the window's first day)
 * @param to the day of the touch that ended it (or the as-of date while it lasts)
 * @param days days between the two
 */
public record TimelineGap(LocalDate from, LocalDate to, long days) {
}
