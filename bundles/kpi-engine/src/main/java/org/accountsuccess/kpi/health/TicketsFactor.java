package org.accountsuccess.kpi.health;

import java.time.LocalDate;

import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code tickets}: open high or critical support tickets opened in the {@code windowDays} up to the
 * as-of date, {@code max(0, 100 - penalty * n)}. A ticket's status is the host's current one (hosts
 * keep no status history), so on a past date a ticket closed since counts as closed. Missing when
 * the account has no support ticket at all up to the as-of date: the host may not track tickets.
 */
public final class TicketsFactor implements AccountFactor {
    private final int windowDays;
    private final double penalty;

    public TicketsFactor(int windowDays, double penalty) {
        this.windowDays = windowDays;
        this.penalty = penalty;
    }

    @Override
    public String name() {
        return HealthParameters.TICKETS;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        if (!facts.hasTickets()) {
            return FactorResult.missing(name(), "no support tickets on record");
        }
        DateWindow window = DateWindow.lookback(facts.asOf(), windowDays);
        long open = 0;
        for (LocalDate day : facts.openSevereTicketDays()) {
            if (window.contains(day)) {
                open++;
            }
        }
        return FactorResult.of(name(), 100 - penalty * open, (open == 0 ? "no" : String.valueOf(open))
                + " open high-severity ticket" + (open == 1 ? "" : "s") + " opened in the last " + windowDays + " days");
    }
}
