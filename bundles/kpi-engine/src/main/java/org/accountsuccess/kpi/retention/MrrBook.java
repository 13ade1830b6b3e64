package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Each account's MRR on any day, from its contracts and what renews them: {@code MRR_a(d)} of
 * metrics.md section 2, an early renewal superseding its predecessor. Feed the accounts'
 * contracts with {@link #add}, then the renewals of {@link #contractIds()} booked elsewhere (on
 * another account) with {@link #addRenewal}.
 */
public final class MrrBook {
    /** A contract with its MRR in the base currency. */
    private record Priced(Contract contract, BigDecimal mrr) {
    }

    private final CurrencyConverter converter;
    private final Map<String, List<Priced>> byAccount = new HashMap<>();
    private final Set<String> contractIds = new HashSet<>();
    private final Renewals renewals = new Renewals();

    public MrrBook(CurrencyConverter converter) {
        this.converter = converter;
    }

    /** Counts the contract of {@code account} (the contract's own account; {@code null} for the base currency). */
    public void add(Contract contract, Account account) {
        if (contractIds.add(contract.id())) {
            byAccount.computeIfAbsent(contract.accountId(), id -> new ArrayList<>())
                    .add(new Priced(contract, Mrr.inBase(contract, account, converter)));
            renewals.add(contract);
        }
    }

    /** Records a renewal of one of the contracts fed, wherever it is booked. */
    public void addRenewal(Contract renewal) {
        renewals.add(renewal);
    }

    /** The ids of the contracts fed, to ask the host for their renewals. */
    public Set<String> contractIds() {
        return Collections.unmodifiableSet(contractIds);
    }

    /** The accounts with at least one contract fed. */
    public Set<String> accountIds() {
        return Collections.unmodifiableSet(byAccount.keySet());
    }

    /** {@code MRR_a(day)} in the base currency. */
    public BigDecimal mrrOn(String accountId, LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Priced p : byAccount.getOrDefault(accountId, List.of())) {
            if (renewals.counts(p.contract(), day)) {
                sum = sum.add(p.mrr());
            }
        }
        return sum;
    }

    /** The first day the account had {@code MRR > 0}, if ever. */
    public Optional<LocalDate> firstMrrDay(String accountId) {
        return byAccount.getOrDefault(accountId, List.of()).stream()
                .filter(p -> p.mrr().signum() > 0 && renewals.counts(p.contract(), p.contract().startDate()))
                .map(p -> p.contract().startDate())
                .min(LocalDate::compareTo);
    }

    /** True when the account had {@code MRR > 0} on some day before {@code day} (reactivation). */
    public boolean hadMrrBefore(String accountId, LocalDate day) {
        return firstMrrDay(accountId).filter(first -> first.isBefore(day)).isPresent();
    }
}
