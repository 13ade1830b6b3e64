package org.accountsuccess.kpi.health;

import java.util.Locale;

import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code decision-makers}: the mean of the decision makers' (role A) latest scores in the lookback,
 * times 10 (a mean of 7.5 gives 75). A mean rather than an NPS, because an account has one or two
 * decision makers and their NPS jumps between -100, 0 and 100. Missing when no decision maker
 * answered in the lookback.
 */
public final class DecisionMakersFactor implements AccountFactor {
    private final int lookbackDays;

    public DecisionMakersFactor(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    @Override
    public String name() {
        return HealthParameters.DECISION_MAKERS;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        int n = 0;
        int sum = 0;
        for (Contact contact : facts.contacts()) {
            if (contact.role() == Role.A) {
                var response = facts.countedResponse(contact.id());
                if (response.isPresent()) {
                    n++;
                    sum += response.get().score();
                }
            }
        }
        if (n == 0) {
            return FactorResult.missing(name(), "no decision maker answered in the last " + lookbackDays + " days");
        }
        double mean = (double) sum / n;
        return FactorResult.of(name(), mean * 10, String.format(Locale.ROOT,
                "%d decision maker%s answered, mean score %.1f", n, n == 1 ? "" : "s", mean));
    }
}
