package org.accountsuccess.api.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The renewal forecast of the contracts due in a window and not yet renewed. With a method, the
 * totals are: base = the sum of the expected ARR; downside and upside = base minus and plus
 * {@code 1.2816 * sqrt(sum p(1-p) arr^2)} (the 10th and 90th percentile of the renewed ARR when the
 * contracts renew independently, by the normal approximation), clipped to {@code [0, arrAtStake]}.
 *
 * @param asOf the day the forecast is made on
 * @param from the first end date included
 * @param to the last end date included
 * @param baseCurrency the currency of the money figures
 * @param arrAtStake the sum of the entries' ARR at stake
 * @param base expected renewed ARR; empty without a method
 * @param downside the 10th percentile; empty without a method
 * @param upside the 90th percentile; empty without a method
 * @param model the model and its quality on the tenant's past
 * @param entries the due contracts, by end date then id
 */
public record RenewalForecast(LocalDate asOf, LocalDate from, LocalDate to, String baseCurrency,
        BigDecimal arrAtStake, Optional<BigDecimal> base, Optional<BigDecimal> downside, Optional<BigDecimal> upside,
        ForecastModel model, List<ForecastEntry> entries) {
    public RenewalForecast {
        entries = List.copyOf(entries);
    }
}
