package org.accountsuccess.kpi.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.renewal.ForecastEntry;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.host.spi.Account;

/**
 * The forecast of the contracts due in a window: each contract's probability from the model, its
 * expected ARR, and the totals. Base is the sum of the expected ARR; the renewed ARR is a sum of
 * independent Bernoulli outcomes {@code arr_i * B(p_i)} with variance {@code sum p(1-p) arr^2}, and
 * downside and upside are its 10th and 90th percentiles by the normal approximation
 * ({@code base -+ 1.2816 sd}), clipped to {@code [0, ARR at stake]}.
 */
public final class RenewalForecasting {
    /** The standard normal's 90th percentile. */
    static final double Z90 = 1.2815515655446004;

    private final LocalDate asOf;
    private final LocalDate from;
    private final LocalDate to;
    private final RenewalModel model;
    private final List<ForecastEntry> entries = new ArrayList<>();

    public RenewalForecasting(LocalDate asOf, LocalDate from, LocalDate to, RenewalModel model) {
        if (from.isBefore(asOf) || to.isBefore(from)) {
            throw new IllegalArgumentException("a forecast window needs asOf <= from <= to, was " + asOf + ", "
                    + from + ", " + to);
        }
        this.asOf = asOf;
        this.from = from;
        this.to = to;
        this.model = model;
    }

    /** Whether the due contract ends in the window. */
    public boolean inWindow(RenewalDue due) {
        LocalDate end = due.contract().endDate();
        return !end.isBefore(from) && !end.isAfter(to);
    }

    /** Adds a due contract with its factor scores read on {@code scoredOn} (in the model's feature order). */
    public void add(RenewalDue due, Account account, LocalDate scoredOn, double[] factors) {
        OptionalDouble p = model.probability(factors);
        Optional<BigDecimal> expected = p.isPresent()
                ? Optional.of(due.arrAtStake().multiply(BigDecimal.valueOf(p.getAsDouble())).setScale(2,
                        RoundingMode.HALF_EVEN))
                : Optional.empty();
        entries.add(new ForecastEntry(due.contract(), account, due.daysUntilEnd(), due.arrAtStake(), scoredOn, p,
                expected));
    }

    public RenewalForecast forecast(String baseCurrency) {
        List<ForecastEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((ForecastEntry e) -> e.contract().endDate())
                .thenComparing(e -> e.contract().id()));
        BigDecimal atStake = sorted.stream().map(ForecastEntry::arrAtStake).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (model.description().method() == ForecastMethod.NONE) {
            return new RenewalForecast(asOf, from, to, baseCurrency, atStake, Optional.empty(), Optional.empty(),
                    Optional.empty(), model.description(), sorted);
        }
        double base = 0;
        double variance = 0;
        for (ForecastEntry e : sorted) {
            double arr = e.arrAtStake().doubleValue();
            double p = e.probability().orElseThrow();
            base += p * arr;
            variance += p * (1 - p) * arr * arr;
        }
        double spread = Z90 * Math.sqrt(variance);
        return new RenewalForecast(asOf, from, to, baseCurrency, atStake, Optional.of(money(base)),
                Optional.of(money(Math.max(0, base - spread))),
                Optional.of(money(Math.min(atStake.doubleValue(), base + spread))), model.description(), sorted);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
