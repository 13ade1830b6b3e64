package org.accountsuccess.api.nps;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;

/**
 * A monthly NPS series: one point per month, the last on {@code to} and each earlier one on the
 * last day of its month, each over the {@code windowDays} days that end on it (a trailing window).
 *
 * @param to the last point's day
 * @param months how many points, {@code >= 1}
 * @param windowDays the length of each point's window in days, {@code >= 1}
 * @param filter the accounts whose contacts' responses count
 * @param level what one unit is
 */
public record NpsSeriesQuery(LocalDate to, int months, int windowDays, AccountFilter filter, NpsLevel level) {
    public NpsSeriesQuery {
        Objects.requireNonNull(to, "NpsSeriesQuery: field 'to' is required");
        if (months < 1) {
            throw new IllegalArgumentException("NpsSeriesQuery: 'months' is " + months + ", must be >= 1");
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("NpsSeriesQuery: 'windowDays' is " + windowDays + ", must be >= 1");
        }
        filter = filter == null ? AccountFilter.ALL : filter;
        level = level == null ? NpsLevel.RESPONSE : level;
    }

    /** The points' windows, oldest first: month ends {@code months - 1} months before {@code to}'s month up to {@code to}. */
    public List<DateWindow> windows() {
        YearMonth last = YearMonth.from(to);
        return IntStream.range(0, months).mapToObj(i -> {
            LocalDate end = i == months - 1 ? to : last.minusMonths(months - 1L - i).atEndOfMonth();
            return DateWindow.lookback(end, windowDays);
        }).toList();
    }

    /** The NPS question of one point. */
    public NpsQuery point(DateWindow window) {
        return new NpsQuery(window, filter, level);
    }
}
