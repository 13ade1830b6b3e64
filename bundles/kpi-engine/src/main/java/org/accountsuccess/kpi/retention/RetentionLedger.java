package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Retention over a period {@code [d0, d1]}: fed the contracts that overlap it, it keeps each
 * account's MRR on {@code d0} and on {@code d1} and reports metrics.md section 2 over any group of
 * the accounts.
 */
public final class RetentionLedger {
    private final DateWindow period;
    private final CurrencyConverter converter;
    private final Map<String, MrrAtBounds> byAccount = new HashMap<>();

    /** An account's MRR on the period's first and last day. */
    private record MrrAtBounds(BigDecimal start, BigDecimal end) {
        MrrAtBounds plus(BigDecimal s, BigDecimal e) {
            return new MrrAtBounds(start.add(s), end.add(e));
        }
    }

    public RetentionLedger(DateWindow period, CurrencyConverter converter) {
        this.period = period;
        this.converter = converter;
    }

    /** Counts the contract of {@code account} (contracts that cover neither bound add nothing). */
    public void add(Contract contract, Account account) {
        BigDecimal start = Mrr.on(contract, account, period.from(), converter);
        BigDecimal end = Mrr.on(contract, account, period.to(), converter);
        if (start.signum() != 0 || end.signum() != 0) {
            byAccount.merge(contract.accountId(), new MrrAtBounds(start, end),
                    (a, b) -> a.plus(b.start(), b.end()));
        }
    }

    /** Retention over every account that was fed. */
    public RetentionReport report() {
        return report(byAccount.keySet());
    }

    /** One report per group, by the group key of each account; sorted by key. */
    public List<Cut<RetentionReport>> cut(Function<String, String> groupOfAccount) {
        Map<String, List<String>> groups = new TreeMap<>();
        byAccount.keySet().forEach(id -> groups.computeIfAbsent(groupOfAccount.apply(id), k -> new ArrayList<>()).add(id));
        List<Cut<RetentionReport>> cuts = new ArrayList<>();
        groups.forEach((key, ids) -> cuts.add(new Cut<>(key, report(ids))));
        return cuts;
    }

    private RetentionReport report(Collection<String> accountIds) {
        int cohort = 0;
        int retained = 0;
        int newLogos = 0;
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.ZERO;
        BigDecimal expansion = BigDecimal.ZERO;
        BigDecimal contraction = BigDecimal.ZERO;
        BigDecimal churned = BigDecimal.ZERO;
        BigDecimal newMrr = BigDecimal.ZERO;
        for (String id : accountIds) {
            MrrAtBounds mrr = byAccount.get(id);
            end = end.add(mrr.end());
            if (mrr.start().signum() > 0) {
                cohort++;
                start = start.add(mrr.start());
                if (mrr.end().signum() > 0) {
                    retained++;
                    BigDecimal change = mrr.end().subtract(mrr.start());
                    if (change.signum() > 0) {
                        expansion = expansion.add(change);
                    } else {
                        contraction = contraction.subtract(change);
                    }
                } else {
                    churned = churned.add(mrr.start());
                }
            } else if (mrr.end().signum() > 0) {
                newLogos++;
                newMrr = newMrr.add(mrr.end());
            }
        }
        OptionalDouble grr = ratio(start.subtract(contraction).subtract(churned), start);
        OptionalDouble nrr = ratio(start.add(expansion).subtract(contraction).subtract(churned), start);
        OptionalDouble logoRetention = cohort == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) retained / cohort);
        return new RetentionReport(period, cohort, retained, newLogos, start, end, expansion, contraction, churned,
                newMrr, grr, nrr, complement(grr), complement(nrr), logoRetention, complement(logoRetention));
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
