package org.accountsuccess.api.matrix;

import java.math.BigDecimal;

import org.accountsuccess.api.LoyaltyClass;

/**
 * One account on the success matrix.
 *
 * @param accountId the account
 * @param name its name
 * @param owner its owner, or {@code null}
 * @param accountNps x: the role-weighted account NPS
 * @param loyaltyClass the account loyalty class
 * @param value y: ARR or margin in the base currency
 * @param quadrant where it falls
 */
public record MatrixPoint(String accountId, String name, String owner, double accountNps, LoyaltyClass loyaltyClass,
        BigDecimal value, Quadrant quadrant) {
}
