package org.accountsuccess.api.movement;

import java.math.BigDecimal;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.host.spi.Role;

/**
 * A contact whose latest response is in another class than the one before.
 *
 * @param contactId the contact
 * @param contactName their name, or {@code null}
 * @param role their role
 * @param accountId their account
 * @param accountName the account's name
 * @param arr the account's ARR on the as-of day
 * @param previous the response before the latest
 * @param latest the latest response
 * @param previousClass the class of {@code previous}
 * @param latestClass the class of {@code latest}
 * @param direction climber or faller
 */
public record ContactMovement(String contactId, String contactName, Role role, String accountId, String accountName,
        BigDecimal arr, ScoredResponse previous, ScoredResponse latest, LoyaltyClass previousClass,
        LoyaltyClass latestClass, Direction direction) {
}
