package org.accountsuccess.api.simulation;

import org.accountsuccess.api.LoyaltyClass;

/**
 * Moves a share of the accounts of one loyalty class (as of the scenario's day) to another.
 *
 * @param from the class the accounts leave
 * @param to the class they join
 * @param share the share of {@code from}'s accounts (and of its ARR) that moves, 0..1
 */
public record ClassMove(LoyaltyClass from, LoyaltyClass to, double share) {
}
