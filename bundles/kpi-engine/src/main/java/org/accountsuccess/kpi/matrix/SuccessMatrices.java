package org.accountsuccess.kpi.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.Quadrant;
import org.accountsuccess.api.matrix.QuadrantSummary;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.Mrr;

/**
 * The success matrix of a portfolio: x = account NPS, y = ARR or margin; split at NPS 0 and at the
 * median y of the plotted accounts (an account at or above the median is high value).
 */
public final class SuccessMatrices {
    private SuccessMatrices() {
    }

    /** On ARR as of the portfolio's as-of day. */
    public static SuccessMatrix onArr(AccountPortfolio portfolio, CurrencyConverter converter) {
        return of(portfolio, converter, MatrixMeasure.ARR,
                f -> Optional.of(f.mrrOn(f.asOf(), converter).multiply(Mrr.TWELVE)));
    }

    /** On the trailing margin; accounts without a margin figure are left out. */
    public static SuccessMatrix onMargin(AccountPortfolio portfolio, CurrencyConverter converter,
            TrailingMargin margin) {
        return of(portfolio, converter, MatrixMeasure.MARGIN, f -> margin.of(f.account().id()));
    }

    private static SuccessMatrix of(AccountPortfolio portfolio, CurrencyConverter converter, MatrixMeasure measure,
            Function<AccountFacts, Optional<BigDecimal>> valueOf) {
        record Plotted(AccountFacts facts, AccountLoyalty loyalty, BigDecimal value) {
        }
        List<Plotted> plotted = new ArrayList<>();
        int leftOut = 0;
        for (AccountFacts facts : portfolio.accounts()) {
            AccountLoyalty loyalty = facts.loyalty();
            Optional<BigDecimal> value = valueOf.apply(facts);
            if (loyalty.accountNps().isPresent() && value.isPresent()) {
                plotted.add(new Plotted(facts, loyalty, value.get()));
            } else {
                leftOut++;
            }
        }
        Optional<BigDecimal> split = median(plotted.stream().map(Plotted::value).toList());
        Map<Quadrant, BigDecimal> totals = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Integer> counts = new EnumMap<>(Quadrant.class);
        List<MatrixPoint> points = new ArrayList<>();
        for (Plotted p : plotted) {
            double nps = p.loyalty().accountNps().getAsDouble();
            Quadrant quadrant = Quadrant.of(p.value().compareTo(split.get()) >= 0, nps);
            var account = p.facts().account();
            points.add(new MatrixPoint(account.id(), account.name(), account.owner(), nps,
                    p.loyalty().loyaltyClass(), p.value(), quadrant));
            totals.merge(quadrant, p.value(), BigDecimal::add);
            counts.merge(quadrant, 1, Integer::sum);
        }
        points.sort(Comparator.comparing(MatrixPoint::quadrant)
                .thenComparing(MatrixPoint::value, Comparator.reverseOrder())
                .thenComparing(MatrixPoint::accountId));
        List<QuadrantSummary> quadrants = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            quadrants.add(new QuadrantSummary(q, q.action(), counts.getOrDefault(q, 0),
                    totals.getOrDefault(q, BigDecimal.ZERO)));
        }
        return new SuccessMatrix(portfolio.asOf(), measure,
                converter.baseCurrency(), split, plotted.size(), leftOut, quadrants, points);
    }

    /** The middle value, or the mean of the two middle values of an even count; empty for none. */
    static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(mid)
                : sorted.get(mid - 1).add(sorted.get(mid)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros());
    }
}
