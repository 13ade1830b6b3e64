package org.accountsuccess.api.changes;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.host.spi.Role;

/**
 * A contact whose loyalty class changed between the two days.
 *
 * @param name the contact's name, or {@code null} when the host has none
 */
public record ContactMove(String contactId, String name, Role role, LoyaltyClass before, LoyaltyClass after) {
}
