package org.accountsuccess.api.stakeholder;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.Role;

/**
 * An account's contacts in a grid of role (A, B, C) by class (promoter, passive, detractor,
 * non-responder).
 *
 * @param accountId the account
 * @param asOf the day the map is drawn for
 * @param lookback the responses that give a class
 * @param stakeholders every contact, by role, then class, then name
 */
public record StakeholderMap(String accountId, LocalDate asOf, DateWindow lookback, List<Stakeholder> stakeholders) {
    public StakeholderMap {
        stakeholders = List.copyOf(stakeholders);
    }

    /** The contacts in one cell of the grid. */
    public List<Stakeholder> cell(Role role, LoyaltyClass loyaltyClass) {
        return stakeholders.stream()
                .filter(s -> s.contact().role() == role && s.loyaltyClass() == loyaltyClass)
                .toList();
    }
}
