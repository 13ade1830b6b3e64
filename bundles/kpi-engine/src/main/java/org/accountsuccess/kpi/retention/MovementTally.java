package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.accountsuccess.api.revenue.MrrMovement;

/** The sums over a group of accounts' {@link MrrChange}s of one period. */
final class MovementTally {
    private final Map<MrrMovement, BigDecimal> amounts = new EnumMap<>(MrrMovement.class);
    private final Map<MrrMovement, Integer> accounts = new EnumMap<>(MrrMovement.class);
    private BigDecimal start = BigDecimal.ZERO;
    private BigDecimal end = BigDecimal.ZERO;
    private int cohort;

    void add(MrrChange change) {
        end = end.add(change.end());
        if (change.inCohort()) {
            cohort++;
            start = start.add(change.start());
        }
        change.movement().ifPresent(m -> {
            amounts.merge(m, change.amount(), BigDecimal::add);
            accounts.merge(m, 1, Integer::sum);
        });
    }

    BigDecimal start() {
        return start;
    }

    BigDecimal end() {
        return end;
    }

    /** The accounts with MRR on the period's first day. */
    int cohort() {
        return cohort;
    }

    BigDecimal amount(MrrMovement movement) {
        return amounts.getOrDefault(movement, BigDecimal.ZERO);
    }

    int accounts(MrrMovement movement) {
        return accounts.getOrDefault(movement, 0);
    }

    /** {@code (new + expansion + reactivation) / (contraction + churned)}, undefined when the denominator is 0. */
    OptionalDouble quickRatio() {
        return RetentionLedger.ratio(amount(MrrMovement.NEW).add(amount(MrrMovement.EXPANSION))
                .add(amount(MrrMovement.REACTIVATION)),
                amount(MrrMovement.CONTRACTION).add(amount(MrrMovement.CHURNED)));
    }
}
