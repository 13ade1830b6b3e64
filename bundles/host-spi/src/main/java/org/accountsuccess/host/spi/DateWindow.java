package org.accountsuccess.host.spi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A window of calendar days that includes both ends: {@code [from, to]}.
 *
 * @param from first day in the window
 * @param to last day in the window, not before {@code from}
 */
public record DateWindow(LocalDate from, LocalDate to) {
    public DateWindow {
        Objects.requireNonNull(from, "DateWindow: field 'from' is required");
        Objects.requireNonNull(to, "DateWindow: field 'to' is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("DateWindow: 'to' " + to + " is before 'from' " + from);
        }
    }

    /** The {@code days} days that end on {@code asOf}: {@code (asOf - days, asOf]}. */
    public static DateWindow lookback(LocalDate asOf, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("DateWindow: lookback of " + days + " days, must be >= 1");
        }
        return new DateWindow(asOf.minusDays(days - 1L), asOf);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The instants of this window's days in {@code zone}: from the start of {@code from} to the end of {@code to}. */
    public TimeRange toTimeRange(ZoneId zone) {
        return new TimeRange(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
