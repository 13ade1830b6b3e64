package org.accountsuccess.kpi.retention;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.MonthMovements;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;

/**
 * MRR movements month by month over an {@link MrrBook}: month {@code m} is the period from the
 * last day of the month before to the last day of {@code m}, so consecutive months chain and a
 * contract starting on the first of a month is new in that month.
 */
public final class MonthlyMovements {
    /** Largest amount first, then account id. */
    private static final Comparator<AccountMovement> ORDER = Comparator
            .comparing(AccountMovement::amount, Comparator.reverseOrder())
            .thenComparing(AccountMovement::accountId);

    private final MrrBook book;
    private final Map<String, Account> accounts;

    /** @param accounts the accounts counted (their contracts and renewals fed to {@code book}) */
    public MonthlyMovements(MrrBook book, Map<String, Account> accounts) {
        this.book = book;
        this.accounts = Map.copyOf(accounts);
    }

    /** The period of a month: the last day of the month before to the last day of the month. */
    public static DateWindow period(YearMonth month) {
        return new DateWindow(month.minusMonths(1).atEndOfMonth(), month.atEndOfMonth());
    }

    /** Every month from {@code from} to {@code to}; {@code currency} is the base currency. */
    public MovementSeries series(YearMonth from, YearMonth to, String currency) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the first month " + from + " is after the last month " + to);
        }
        List<MonthMovements> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            DateWindow period = period(month);
            MovementTally tally = new MovementTally();
            accounts.keySet().forEach(id -> tally.add(MrrChange.of(book, id, period)));
            months.add(new MonthMovements(month, period, tally.start(), tally.end(), tally.amount(MrrMovement.NEW),
                    tally.amount(MrrMovement.EXPANSION), tally.amount(MrrMovement.CONTRACTION),
                    tally.amount(MrrMovement.CHURNED), tally.amount(MrrMovement.REACTIVATION), tally.quickRatio(),
                    tally.accounts(MrrMovement.NEW), tally.accounts(MrrMovement.REACTIVATION),
                    tally.accounts(MrrMovement.CHURNED)));
        }
        return new MovementSeries(from, to, currency, months);
    }

    /** The accounts that made {@code movement} (or, when {@code null}, any movement) in {@code month}. */
    public List<AccountMovement> accounts(YearMonth month, MrrMovement movement) {
        DateWindow period = period(month);
        List<AccountMovement> moves = new ArrayList<>();
        accounts.forEach((id, account) -> {
            MrrChange change = MrrChange.of(book, id, period);
            change.movement().filter(m -> movement == null || m == movement).ifPresent(m -> moves.add(
                    new AccountMovement(month, m, id, account.name(), change.start(), change.end(), change.amount())));
        });
        moves.sort(ORDER);
        return moves;
    }
}
