package org.accountsuccess.api.lifecycle;

import java.math.BigDecimal;

import org.accountsuccess.api.LoyaltyClass;

/**
 * One account of the ARR ranking.
 *
 * @param rank 1 for the largest ARR
 * @param accountId the account
 * @param name its name
 * @param arr its ARR on the as-of day
 * @param cumulativeShare the share of the total ARR of this account and every account ranked above it
 * @param loyaltyClass its account loyalty class
 * @param head whether it belongs to the head
 */
public record RankedAccount(int rank, String accountId, String name, BigDecimal arr, double cumulativeShare,
        LoyaltyClass loyaltyClass, boolean head) {
}
