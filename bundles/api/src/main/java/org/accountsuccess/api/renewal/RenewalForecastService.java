package org.accountsuccess.api.renewal;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** Renewal probabilities and expected ARR of the contracts due soon, from a model of the tenant's own history. */
@ProviderType
public interface RenewalForecastService {

    /**
     * The contracts of the accounts the filter selects that end from {@code from} to {@code to} and
     * that no contract renews yet, as seen on {@code asOf}. The model is fitted on every account's
     * past due contracts (ended before {@code asOf}), whatever the filter.
     *
     * @throws IllegalArgumentException when {@code from} is before {@code asOf} or after {@code to}
     */
    RenewalForecast forecast(LocalDate asOf, LocalDate from, LocalDate to, AccountFilter filter);
}
