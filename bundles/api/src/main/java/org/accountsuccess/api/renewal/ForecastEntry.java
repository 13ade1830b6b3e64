package org.accountsuccess.api.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;

/**
 * A contract due in the forecast window and not yet renewed, with its renewal probability.
 *
 * @param contract the contract
 * @param account its account
 * @param daysUntilEnd days from the as-of day to the end date
 * @param arrAtStake the contract's ARR ({@code 12 * MRR}) in the base currency
 * @param scoredOn the day the health factors were read: {@code lead} days before the end date, or
 *        the as-of day when that is later
 * @param probability the renewal probability; empty when the forecast has no method
 * @param expectedArr {@code probability * arrAtStake}; empty with it
 */
public record ForecastEntry(Contract contract, Account account, long daysUntilEnd, BigDecimal arrAtStake,
        LocalDate scoredOn, OptionalDouble probability, Optional<BigDecimal> expectedArr) {
}
