package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.util.Optional;

import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.host.spi.DateWindow;

/**
 * One account's MRR on a period's first and last day, and the movement that makes.
 *
 * @param hadMrrBefore whether the account had MRR on some day before the period's first day
 */
public record MrrChange(String accountId, BigDecimal start, BigDecimal end, boolean hadMrrBefore) {

    /** The account's change over {@code period} in {@code book}. */
    public static MrrChange of(MrrBook book, String accountId, DateWindow period) {
        BigDecimal start = book.mrrOn(accountId, period.from());
        BigDecimal end = book.mrrOn(accountId, period.to());
        boolean before = start.signum() == 0 && end.signum() > 0 && book.hadMrrBefore(accountId, period.from());
        return new MrrChange(accountId, start, end, before);
    }

    /** True when the account is in the period's cohort {@code S} (MRR on the first day). */
    public boolean inCohort() {
        return start.signum() > 0;
    }

    /** The movement, empty when the MRR did not change (or the account paid nothing on either day). */
    public Optional<MrrMovement> movement() {
        if (start.signum() == 0) {
            return end.signum() == 0 ? Optional.empty()
                    : Optional.of(hadMrrBefore ? MrrMovement.REACTIVATION : MrrMovement.NEW);
        }
        if (end.signum() == 0) {
            return Optional.of(MrrMovement.CHURNED);
        }
        int change = end.compareTo(start);
        return change == 0 ? Optional.empty()
                : Optional.of(change > 0 ? MrrMovement.EXPANSION : MrrMovement.CONTRACTION);
    }

    /** What the account adds to its movement's figure (positive); zero without a movement. */
    public BigDecimal amount() {
        return movement().map(m -> switch (m) {
            case NEW, REACTIVATION -> end;
            case CHURNED -> start;
            case EXPANSION, CONTRACTION -> end.subtract(start).abs();
        }).orElse(BigDecimal.ZERO);
    }
}
