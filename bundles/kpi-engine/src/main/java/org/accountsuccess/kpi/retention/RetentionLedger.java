package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Retention over a period {@code [d0, d1]}: fed the accounts' contracts up to {@code d1} (earlier
 * ones tell a reactivated account from a new one) and the renewals of those contracts booked on
 * other accounts, it reports metrics.md section 2 over any group of the accounts.
 */
public final class RetentionLedger {
    private final DateWindow period;
    private final MrrBook book;

    public RetentionLedger(DateWindow period, CurrencyConverter converter) {
        this(period, new MrrBook(converter));
    }

    /** A ledger over a book already fed (its contracts and their renewals). */
    public RetentionLedger(DateWindow period, MrrBook book) {
        this.period = period;
        this.book = book;
    }

    /** Counts the contract of {@code account}. */
    public void add(Contract contract, Account account) {
        book.add(contract, account);
    }

    /** Records a renewal of a contract fed, booked on any account (it may supersede its predecessor early). */
    public void addRenewal(Contract renewal) {
        book.addRenewal(renewal);
    }

    /** The ids of the contracts fed, to ask the host for their renewals. */
    public Set<String> contractIds() {
        return book.contractIds();
    }

    /** Each fed account's MRR on the period's last day. */
    public BigDecimal endMrrOf(String accountId) {
        return book.mrrOn(accountId, period.to());
    }

    /** Retention over every account that was fed. */
    public RetentionReport report() {
        return report(paying());
    }

    /** One report per group, by the group key of each account; sorted by key. */
    public List<Cut<RetentionReport>> cut(Function<String, String> groupOfAccount) {
        Map<String, List<String>> groups = new TreeMap<>();
        paying().forEach(id -> groups.computeIfAbsent(groupOfAccount.apply(id), k -> new ArrayList<>()).add(id));
        List<Cut<RetentionReport>> cuts = new ArrayList<>();
        groups.forEach((key, ids) -> cuts.add(new Cut<>(key, report(ids))));
        return cuts;
    }

    /** The accounts paying on the period's first or last day: the others have no figure in it. */
    private List<String> paying() {
        return book.accountIds().stream()
                .filter(id -> book.mrrOn(id, period.from()).signum() > 0 || book.mrrOn(id, period.to()).signum() > 0)
                .toList();
    }

    private RetentionReport report(Collection<String> accountIds) {
        MovementTally tally = new MovementTally();
        accountIds.forEach(id -> tally.add(MrrChange.of(book, id, period)));
        BigDecimal start = tally.start();
        BigDecimal expansion = tally.amount(MrrMovement.EXPANSION);
        BigDecimal contraction = tally.amount(MrrMovement.CONTRACTION);
        BigDecimal churned = tally.amount(MrrMovement.CHURNED);
        int cohort = tally.cohort();
        int retained = cohort - tally.accounts(MrrMovement.CHURNED);
        OptionalDouble grr = ratio(start.subtract(contraction).subtract(churned), start);
        OptionalDouble nrr = ratio(start.add(expansion).subtract(contraction).subtract(churned), start);
        OptionalDouble logoRetention = cohort == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) retained / cohort);
        return new RetentionReport(period, cohort, retained, tally.accounts(MrrMovement.NEW),
                tally.accounts(MrrMovement.REACTIVATION), start, tally.end(), expansion, contraction, churned,
                tally.amount(MrrMovement.NEW), tally.amount(MrrMovement.REACTIVATION), grr, nrr, complement(grr),
                complement(nrr), logoRetention, complement(logoRetention), tally.quickRatio());
    }

    /** {@code numerator / denominator}, undefined when the denominator is zero. */
    public static OptionalDouble ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(numerator.divide(denominator, MathContext.DECIMAL64).doubleValue());
    }

    private static OptionalDouble complement(OptionalDouble value) {
        return value.isEmpty() ? value : OptionalDouble.of(1 - value.getAsDouble());
    }
}
