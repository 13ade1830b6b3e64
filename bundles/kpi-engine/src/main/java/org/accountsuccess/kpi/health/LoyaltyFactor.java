package org.accountsuccess.kpi.health;

import java.util.Locale;
import java.util.OptionalDouble;

import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code loyalty}: the role-weighted account NPS mapped to {@code (nps + 100) / 2} (-100 gives 0,
 * 0 gives 50, +100 gives 100). Missing when no contact has a response in the lookback.
 */
public final class LoyaltyFactor implements AccountFactor {
    private final int lookbackDays;

    public LoyaltyFactor(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    @Override
    public String name() {
        return HealthParameters.LOYALTY;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        var loyalty = facts.loyalty();
        OptionalDouble nps = loyalty.accountNps();
        if (nps.isEmpty()) {
            return FactorResult.missing(name(), "no contact answered in the last " + lookbackDays + " days");
        }
        return FactorResult.of(name(), (nps.getAsDouble() + 100) / 2, String.format(Locale.ROOT,
                "account NPS %.1f (role-weighted, %d contacts)", nps.getAsDouble(), loyalty.contacts().n()));
    }
}
