package org.accountsuccess.api.revenue;

import java.time.YearMonth;
import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** MRR movements month by month and the accounts behind them. */
@ProviderType
public interface RevenueMovementService {

    /** The movements of every month from {@code from} to {@code to}. */
    MovementSeries movements(YearMonth from, YearMonth to, AccountFilter filter);

    /**
     * The accounts that made a movement in {@code month}, of one kind or ({@code null}) of every
     * kind, largest amount first (then account id).
     */
    List<AccountMovement> accounts(YearMonth month, MrrMovement movement, AccountFilter filter);
}
