package org.accountsuccess.api.nps;

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
}
