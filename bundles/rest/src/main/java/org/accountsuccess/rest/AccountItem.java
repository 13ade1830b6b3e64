package org.accountsuccess.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.scorecard.AccountScorecard;

/**
 * One row of the account list.
 *
 * @param accountNps the role-weighted account NPS; {@code null} in JSON when no contact has a counted response
 * @param flags the failed checks: {@code coverage}, {@code gap} (communication gap), {@code over-contact}
 * @param health the health score; {@code null} in JSON when no factor has data
 * @param band the band of {@code health}; {@code null} with it
 */
public record AccountItem(String id, String name, String owner, String segment, int tier, BigDecimal arr,
        OptionalDouble accountNps, LoyaltyClass loyaltyClass, List<String> flags, OptionalDouble health,
        Optional<HealthBand> band) {
    public AccountItem {
        flags = List.copyOf(flags);
    }

    static AccountItem of(AccountScorecard s) {
        return new AccountItem(s.account().id(), s.account().name(), s.account().owner(), s.account().segment(),
                s.account().tier(), s.arr(), s.loyalty().accountNps(), s.loyalty().loyaltyClass(), s.flags(),
                s.health().score(), s.health().band());
    }
}
