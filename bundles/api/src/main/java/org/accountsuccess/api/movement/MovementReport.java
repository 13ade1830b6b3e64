package org.accountsuccess.api.movement;

import java.util.List;

import org.accountsuccess.host.spi.DateWindow;

/**
 * Climbers and fallers whose latest response falls in a window, each list by ARR descending then id.
 *
 * @param window the days the latest response must fall in; its last day is the as-of day
 * @param currency the base currency of the ARR
 * @param contactClimbers contacts whose latest response is in a better class than the one before
 * @param contactFallers contacts whose latest response is in a worse class
 * @param accountClimbers accounts whose class improved on their latest response day
 * @param accountFallers accounts whose class worsened on it
 */
public record MovementReport(DateWindow window, String currency, List<ContactMovement> contactClimbers,
        List<ContactMovement> contactFallers, List<AccountMovement> accountClimbers,
        List<AccountMovement> accountFallers) {
    public MovementReport {
        contactClimbers = List.copyOf(contactClimbers);
        contactFallers = List.copyOf(contactFallers);
        accountClimbers = List.copyOf(accountClimbers);
        accountFallers = List.copyOf(accountFallers);
    }
}
