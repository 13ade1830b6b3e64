package org.accountsuccess.kpi.retention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountsuccess.host.spi.Contract;

/**
 * Which contract renews which, on any account (metrics.md section 2, clarifications of
 * 2026-12-01): a contract is renewed when some contract names it as {@code renewalOf}, and an
 * early renewal supersedes its predecessor, which counts in MRR only up to the day before the
 * renewal starts. Of several renewals of one contract the earliest-starting (then lowest id) is
 * the one kept.
 */
public final class Renewals {
    private static final Comparator<Contract> FIRST = Comparator.comparing(Contract::startDate)
            .thenComparing(Contract::id);

    private final Map<String, Contract> byPredecessor = new HashMap<>();

    /** Records the contract as a renewal of its {@code renewalOf}; a contract renewing nothing is ignored. */
    public void add(Contract contract) {
        if (contract.renewalOf() != null) {
            byPredecessor.merge(contract.renewalOf(), contract, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
        }
    }

    /** The renewal kept for the contract, if any. */
    public Optional<Contract> of(String contractId) {
        return Optional.ofNullable(byPredecessor.get(contractId));
    }

    public boolean renewed(String contractId) {
        return byPredecessor.containsKey(contractId);
    }

    /** True when the contract counts in MRR on {@code day}: it covers the day and no renewal of it has started by then. */
    public boolean counts(Contract contract, LocalDate day) {
        Contract renewal = byPredecessor.get(contract.id());
        return contract.covers(day) && (renewal == null || day.isBefore(renewal.startDate()));
    }
}
