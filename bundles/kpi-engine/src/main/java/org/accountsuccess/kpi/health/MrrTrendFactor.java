package org.accountsuccess.kpi.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;

import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * {@code mrr-trend}: the change of MRR from {@code days} before the as-of date to the as-of date,
 * {@code flatScore + pointsPerPercent * change%}, clipped to 0..100 (defaults: unchanged 80, +20 %
 * 100, -30 % 50, -80 % or churned 0). Missing when the account had no MRR on the earlier day.
 */
public final class MrrTrendFactor implements AccountFactor {
    private final int days;
    private final double flatScore;
    private final double pointsPerPercent;

    public MrrTrendFactor(int days, double flatScore, double pointsPerPercent) {
        this.days = days;
        this.flatScore = flatScore;
        this.pointsPerPercent = pointsPerPercent;
    }

    @Override
    public String name() {
        return HealthParameters.MRR_TREND;
    }

    @Override
    public FactorResult evaluate(AccountFacts facts, CurrencyConverter converter) {
        LocalDate then = facts.asOf().minusDays(days);
        BigDecimal before = facts.mrrOn(then, converter);
        if (before.signum() == 0) {
            return FactorResult.missing(name(), "no MRR on " + then + " to compare with");
        }
        BigDecimal now = facts.mrrOn(facts.asOf(), converter);
        double percent = now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, MathContext.DECIMAL64).doubleValue();
        return FactorResult.of(name(), flatScore + pointsPerPercent * percent, String.format(Locale.ROOT,
                "MRR %s on %s, %+.1f %% against %s on %s", now.toPlainString(), facts.asOf(), percent,
                before.toPlainString(), then));
    }
}
