package org.accountsuccess.kpi.health;

import java.util.Locale;

import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code coverage}: the share of the contacts the tier requires (coverage check of metrics.md) that
 * are present, each role counted up to its requirement: {@code 100 * sum min(counted, required) /
 * sum required}. Missing when the tier requires no contact.
 */
public final class CoverageFactor implements AccountFactor {

    @Override
    public String name() {
        return HealthParameters.COVERAGE;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        CoverageCheck check = facts.coverage();
        int required = 0;
        int present = 0;
        for (RoleCoverage role : check.roles()) {
            required += role.required();
            present += Math.min(role.counted(), role.required());
        }
        if (required == 0) {
            return FactorResult.missing(name(), "tier " + check.tier() + " requires no contacts");
        }
        String reason = check.sufficient() ? String.format(Locale.ROOT, "all %d required contacts covered", required)
                : String.format(Locale.ROOT, "%d of %d required contacts covered (%s)", present, required,
                        check.warning());
        return FactorResult.of(name(), 100.0 * present / required, reason);
    }
}
