package org.accountsuccess.kpi.account;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import org.accountsuccess.api.nps.RevenueWeightedNps;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.Mrr;

/** Revenue-weighted NPS: {@code sum ARR_a * NPS_a / sum ARR_a} over the accounts with an account NPS. */
public final class RevenueWeighting {
    private RevenueWeighting() {
    }

    public static RevenueWeightedNps of(AccountPortfolio portfolio, CurrencyConverter converter) {
        double weighted = 0;
        BigDecimal arr = BigDecimal.ZERO;
        int accounts = 0;
        for (AccountFacts facts : portfolio.accounts()) {
            OptionalDouble nps = facts.loyalty().accountNps();
            if (nps.isPresent()) {
                BigDecimal accountArr = facts.mrrOn(facts.asOf(), converter).multiply(Mrr.TWELVE);
                accounts++;
                arr = arr.add(accountArr);
                weighted += accountArr.doubleValue() * nps.getAsDouble();
            }
        }
        return new RevenueWeightedNps(arr.signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(weighted / arr.doubleValue()), accounts, arr);
    }
}
