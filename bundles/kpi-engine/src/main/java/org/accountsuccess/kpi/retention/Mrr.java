package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.money.CurrencyConverter;

/** MRR arithmetic: a contract's MRR in the base currency. */
public final class Mrr {
    public static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Mrr() {
    }

    /** The contract's MRR in the base currency (its own currency, else the account's, else the base). */
    public static BigDecimal inBase(Contract contract, Account account, CurrencyConverter converter) {
        String currency = contract.currency() != null ? contract.currency()
                : account != null ? account.currency() : null;
        return converter.toBase(contract.mrr(), currency, "Contract " + contract.id());
    }
}
