package org.accountsuccess.api.renewal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;

/**
 * A contract due soon and not yet renewed, with what says how likely it is to renew.
 *
 * @param contract the contract
 * @param account its account
 * @param daysUntilEnd days from the as-of date to the contract's end date
 * @param arrAtStake the contract's ARR ({@code 12 * MRR}) in the base currency
 * @param health the account's health score; empty when no factor has data
 * @param band the band of {@code health}; empty with it
 * @param decisionMakers the loyalty class of the account's decision makers (role A) alone: their
 *        NPS over each one's latest response in the lookback, classed like an account NPS
 */
public record PipelineEntry(Contract contract, Account account, long daysUntilEnd, BigDecimal arrAtStake,
        OptionalDouble health, Optional<HealthBand> band, LoyaltyClass decisionMakers) {
}
