package org.accountsuccess.api.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Pareto view as of a day: accounts with ARR above zero, ranked by ARR descending (ties by
 * id); the head is the smallest prefix whose ARR reaches {@code headShare} of the total.
 *
 * @param asOf the day
 * @param currency the base currency
 * @param headShare the share of the total ARR the head reaches (0.8 by default)
 * @param accounts accounts ranked (ARR above zero)
 * @param totalArr their ARR
 * @param head the head
 * @param tail every other ranked account
 * @param ranking the ranked accounts in order
 */
public record LifecycleReport(LocalDate asOf, String currency, double headShare, int accounts, BigDecimal totalArr,
        ParetoPart head, ParetoPart tail, List<RankedAccount> ranking) {
    public LifecycleReport {
        ranking = List.copyOf(ranking);
    }
}
