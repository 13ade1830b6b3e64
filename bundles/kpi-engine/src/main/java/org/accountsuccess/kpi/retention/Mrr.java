package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.money.CurrencyConverter;

/** MRR arithmetic: a contract's MRR in the base currency and what it contributes on a day. */
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

    /** The contract's base-currency MRR on {@code day}, zero when it does not cover the day. */
    public static BigDecimal on(Contract contract, Account account, LocalDate day, CurrencyConverter converter) {
        return contract.covers(day) ? inBase(contract, account, converter) : BigDecimal.ZERO;
    }
}
