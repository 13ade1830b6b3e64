package org.accountsuccess.api.lifecycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The head or the tail of the ARR ranking.
 *
 * @param accounts how many accounts
 * @param arr their ARR
 * @param shareOfArr their share of the total ARR; undefined when the total is zero
 * @param byClass one entry per loyalty class, in {@link org.accountsuccess.api.LoyaltyClass} order, zeros included
 */
public record ParetoPart(int accounts, BigDecimal arr, OptionalDouble shareOfArr, List<ClassShare> byClass) {
    public ParetoPart {
        byClass = List.copyOf(byClass);
    }
}
