package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Renewals of a period: the contracts whose end date falls in it, and the contracts that name
 * them as {@code renewalOf} whenever those were signed or start (an early renewal still counts in
 * the period its predecessor was due).
 */
public final class RenewalLedger {
    private final DateWindow period;
    private final CurrencyConverter converter;
    private final Map<String, Contract> due = new TreeMap<>();
    private final Map<String, Account> accountOfDue = new HashMap<>();
    private final Renewals renewals = new Renewals();

    public RenewalLedger(DateWindow period, CurrencyConverter converter) {
        this.period = period;
        this.converter = converter;
    }

    /** Keeps the contract when its end date falls in the period. */
    public void addCandidate(Contract contract, Account account) {
        if (!contract.evergreen() && period.contains(contract.endDate())) {
            due.put(contract.id(), contract);
            accountOfDue.put(contract.id(), account);
        }
    }

    /** The ids of the due contracts, to ask the host for their renewals. */
    public Set<String> dueIds() {
        return Set.copyOf(due.keySet());
    }

    /** Records a renewal, on any account; of several renewals of one contract the earliest-starting (then lowest id) is kept. */
    public void addRenewal(Contract renewal) {
        renewals.add(renewal);
    }

    public RenewalReport report() {
        return report(due.keySet());
    }

    /** One report per group, by the group key of each due contract's account; sorted by key. */
    public List<Cut<RenewalReport>> cut(Function<String, String> groupOfAccount) {
        Map<String, List<String>> groups = new TreeMap<>();
        due.values().forEach(c -> groups.computeIfAbsent(groupOfAccount.apply(c.accountId()), k -> new ArrayList<>())
                .add(c.id()));
        List<Cut<RenewalReport>> cuts = new ArrayList<>();
        groups.forEach((key, ids) -> cuts.add(new Cut<>(key, report(ids))));
        return cuts;
    }

    private RenewalReport report(Collection<String> dueIds) {
        List<DueContract> contracts = new ArrayList<>();
        int renewed = 0;
        int autoRenewed = 0;
        BigDecimal dueMrr = BigDecimal.ZERO;
        BigDecimal renewedMrr = BigDecimal.ZERO;
        for (String id : dueIds) {
            Contract contract = due.get(id);
            BigDecimal mrr = Mrr.inBase(contract, accountOfDue.get(id), converter);
            Contract renewal = renewals.of(id).orElse(null);
            dueMrr = dueMrr.add(mrr);
            if (renewal != null) {
                renewed++;
                renewedMrr = renewedMrr.add(mrr);
                if (contract.autoRenew()) {
                    autoRenewed++;
                }
            }
            contracts.add(new DueContract(contract, mrr, renewal == null ? null : renewal.id()));
        }
        contracts.sort(Comparator.comparing((DueContract d) -> d.contract().endDate())
                .thenComparing(d -> d.contract().id()));
        int count = dueIds.size();
        return new RenewalReport(period, count, renewed, dueMrr, renewedMrr,
                count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) renewed / count),
                RetentionLedger.ratio(renewedMrr, dueMrr),
                renewed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) autoRenewed / renewed),
                contracts);
    }
}
