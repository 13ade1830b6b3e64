package org.accountsuccess.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Moves every date of the data set by the same number of days, so that the data set, drawn up to
 * {@link DemoDataSet#ANCHOR}, ends on another day with the same story: the same gaps, waves,
 * renewals and weekdays apart. A month (revenue) moves by as many months as the anchor's month
 * does, so distinct months stay distinct (moving each month's middle by the days would put
 * November and December 2025 both into December when the days are 16).
 *
 * @param days how far every date moves (0: the data set as drawn)
 * @param months how far every month moves: from the anchor's month to the month of its moved day
 */
record DateShift(long days, long months) {
    /** The shift that makes the data set end on {@code lastDay}. */
    static DateShift endingOn(LocalDate lastDay) {
        return new DateShift(ChronoUnit.DAYS.between(DemoDataSet.ANCHOR, lastDay),
                ChronoUnit.MONTHS.between(YearMonth.from(DemoDataSet.ANCHOR), YearMonth.from(lastDay)));
    }

    /** A CSV field: dates, instants and months moved, anything else as it is ({@code null} empty). */
    String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return day.plusDays(days).toString();
        }
        if (value instanceof Instant instant) {
            return instant.plus(days, ChronoUnit.DAYS).toString();
        }
        if (value instanceof YearMonth month) {
            return month.plusMonths(months).toString();
        }
        return value.toString();
    }
}
