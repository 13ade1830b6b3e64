package org.accountsuccess.api.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** Account health scores, for one account, the portfolio, and a backtest of the configured weights. */
@ProviderType
public interface HealthService {

    /** One account's health as of {@code asOf}; empty for an unknown account. */
    Optional<HealthScore> health(String accountId, LocalDate asOf);

    /** The health of every account the filter selects, by account id. */
    List<HealthScore> health(AccountFilter filter, LocalDate asOf);

    /**
     * One account's health at the ends of the {@code months} months up to {@code to}, oldest first;
     * the last point is {@code to} itself (for 2026-11-15 and 3 months: 2026-09-30, 2026-10-31,
     * 2026-11-15). Empty for an unknown account.
     */
    Optional<List<HealthScore>> trend(String accountId, LocalDate to, int months);

    /** Scores every account as of {@code asOf} and compares with what happened by {@code until}. */
    HealthBacktest backtest(LocalDate asOf, LocalDate until, AccountFilter filter);
}
