package org.accountsuccess.api.lifecycle;

import java.math.BigDecimal;

import org.accountsuccess.api.LoyaltyClass;

/**
 * The accounts of one loyalty class in a part of the ranking.
 *
 * @param loyaltyClass the account loyalty class (non-responders included)
 * @param accounts how many
 * @param arr their ARR
 */
public record ClassShare(LoyaltyClass loyaltyClass, int accounts, BigDecimal arr) {
}
