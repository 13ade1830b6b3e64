package org.accountsuccess.kpi.health;

import java.util.Locale;

import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code engagement}: days since the last meaningful touch against the tier's communication-gap
 * limit, {@code max(0, 100 * (1 - days / (zeroAt * limit)))}; with {@code zeroAt} 2: 100 on the
 * day of a touch, 50 at the limit, 0 at twice the limit. An account never touched scores 0 (the
 * absence of touches is the finding, not missing data).
 */
public final class EngagementFactor implements AccountFactor {
    private final double zeroAt;

    public EngagementFactor(double zeroAt) {
        this.zeroAt = zeroAt;
    }

    @Override
    public String name() {
        return HealthParameters.ENGAGEMENT;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        CommunicationGap gap = facts.communicationGap();
        if (gap.daysSince().isEmpty()) {
            return FactorResult.of(name(), 0, "no meaningful touch on record");
        }
        long days = gap.daysSince().getAsLong();
        return FactorResult.of(name(), 100 * (1 - days / (zeroAt * gap.limitDays())), String.format(Locale.ROOT,
                "%d days since the last touch on %s (limit %d)", days, gap.lastTouch().orElseThrow(),
                gap.limitDays()));
    }
}
