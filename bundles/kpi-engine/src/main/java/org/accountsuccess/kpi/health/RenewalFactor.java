package org.accountsuccess.kpi.health;

import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code renewal}: days to the end of the next contract due and not yet renewed,
 * {@code 100 * min(1, days / horizonDays)} (default horizon 180: 90 days give 50, the end date 0).
 * Missing when no contract is due (evergreen or already renewed).
 */
public final class RenewalFactor implements AccountFactor {
    private final int horizonDays;

    public RenewalFactor(int horizonDays) {
        this.horizonDays = horizonDays;
    }

    @Override
    public String name() {
        return HealthParameters.RENEWAL;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        var next = facts.nextRenewal(converter);
        if (next.isEmpty()) {
            return FactorResult.missing(name(), "no contract due and not yet renewed");
        }
        RenewalDue due = next.get();
        return FactorResult.of(name(), 100.0 * Math.min(1, (double) due.daysUntilEnd() / horizonDays),
                "contract " + due.contract().id() + " ends on " + due.contract().endDate() + ", in "
                        + due.daysUntilEnd() + " days, not yet renewed");
    }
}
