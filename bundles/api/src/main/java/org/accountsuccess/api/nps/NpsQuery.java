package org.accountsuccess.api.nps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;

/**
 * An NPS question: over which responses, of which accounts, at which level.
 *
 * @param window the days whose responses count
 * @param filter the accounts whose contacts' responses count
 * @param level what one unit is
 */
public record NpsQuery(DateWindow window, AccountFilter filter, NpsLevel level) {
    public NpsQuery {
        Objects.requireNonNull(window, "NpsQuery: field 'window' is required");
        filter = filter == null ? AccountFilter.ALL : filter;
        level = level == null ? NpsLevel.RESPONSE : level;
    }

    /**
     * The same question over the window of equal length that ends the day before this one starts:
     * the previous period {@link NpsService#compare} holds this one against by default.
     */
    public NpsQuery previous() {
        long days = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
        LocalDate last = window.from().minusDays(1);
        return new NpsQuery(new DateWindow(last.minusDays(days - 1), last), filter, level);
    }
}
