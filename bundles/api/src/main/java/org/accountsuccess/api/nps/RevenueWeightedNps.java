package org.accountsuccess.api.nps;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * NPS weighted by what each account is worth: {@code sum ARR_a * NPS_a / sum ARR_a} over the
 * accounts with an account NPS.
 *
 * @param value empty when no such account has ARR
 * @param accounts accounts with an account NPS
 * @param arr their ARR, in the base currency
 */
public record RevenueWeightedNps(OptionalDouble value, int accounts, BigDecimal arr) {
}
