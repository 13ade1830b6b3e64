package org.accountsuccess.kpi.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.accountsuccess.api.revenue.Cohort;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortPeriod;
import org.accountsuccess.api.revenue.CohortTable;

/**
 * Cohorts over an {@link MrrBook}: each account joins the cohort of the month (or quarter) of its
 * first day of MRR, with that day's MRR as its start; the cohort is then measured on the last day
 * of each complete period since, up to the as-of day: accounts still paying (logo retention) and
 * their MRR over the start (NRR, expansion included, so it may exceed 1).
 */
public final class Cohorts {
    private final MrrBook book;
    private final CohortGrain grain;

    public Cohorts(MrrBook book, CohortGrain grain) {
        this.book = book;
        this.grain = grain;
    }

    /** The cohorts of {@code accountIds} starting from the period holding {@code from}, measured up to {@code asOf}. */
    public CohortTable table(Collection<String> accountIds, LocalDate from, LocalDate asOf, String currency) {
        if (from.isAfter(asOf)) {
            throw new IllegalArgumentException("the first day " + from + " is after the as-of day " + asOf);
        }
        LocalDate first = periodStart(from);
        Map<LocalDate, List<String>> members = new TreeMap<>();
        for (String id : accountIds) {
            book.firstMrrDay(id).filter(day -> !day.isBefore(first) && !day.isAfter(asOf))
                    .ifPresent(day -> members.computeIfAbsent(periodStart(day), k -> new ArrayList<>()).add(id));
        }
        List<Cohort> cohorts = new ArrayList<>();
        members.forEach((start, ids) -> cohorts.add(cohort(start, ids, asOf)));
        return new CohortTable(grain, first, asOf, currency, cohorts);
    }

    private Cohort cohort(LocalDate start, List<String> ids, LocalDate asOf) {
        BigDecimal startMrr = BigDecimal.ZERO;
        for (String id : ids) {
            startMrr = startMrr.add(book.mrrOn(id, book.firstMrrDay(id).orElseThrow()));
        }
        List<CohortPeriod> periods = new ArrayList<>();
        for (int n = 0;; n++) {
            LocalDate day = plusPeriods(start, n + 1).minusDays(1);
            if (day.isAfter(asOf)) {
                break;
            }
            int retained = 0;
            BigDecimal mrr = BigDecimal.ZERO;
            for (String id : ids) {
                BigDecimal m = book.mrrOn(id, day);
                if (m.signum() > 0) {
                    retained++;
                    mrr = mrr.add(m);
                }
            }
            periods.add(new CohortPeriod(n, day, retained, mrr, OptionalDouble.of((double) retained / ids.size()),
                    RetentionLedger.ratio(mrr, startMrr)));
        }
        return new Cohort(key(start), start, ids.size(), startMrr, periods);
    }

    private LocalDate periodStart(LocalDate day) {
        int month = grain == CohortGrain.MONTH ? day.getMonthValue() : (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    private LocalDate plusPeriods(LocalDate start, int n) {
        return start.plusMonths(grain == CohortGrain.MONTH ? n : 3L * n);
    }

    private String key(LocalDate start) {
        return grain == CohortGrain.MONTH ? String.format("%d-%02d", start.getYear(), start.getMonthValue())
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
