package org.accountsuccess.api.scorecard;

import java.math.BigDecimal;

import org.accountsuccess.host.spi.Contract;

/**
 * The next contract of the account that ends and is not yet renewed.
 *
 * @param contract the contract
 * @param daysUntilEnd days from the as-of date to its end date
 * @param arrAtStake its ARR ({@code 12 * MRR}) in the base currency
 */
public record RenewalDue(Contract contract, long daysUntilEnd, BigDecimal arrAtStake) {
}
