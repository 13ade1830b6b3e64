package org.accountsuccess.kpi.health;

import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/** A built-in health factor: reads one account's facts as of their day, and only what was known then. */
public interface AccountFactor {
    /** The factor's name, the key of its weight in configuration. */
    String name();

    FactorResult evaluate(AccountFacts facts, CurrencyConverter converter);
}
