package org.accountsuccess.kpi.forecast;

/**
 * The settings of the renewal forecast, with the defaults of {@link #defaults()}.
 *
 * @param leadDays the health factors are read this many days before a contract's end date (90)
 * @param historyDays past due contracts ending in this many days before the as-of day are the
 *        history the model learns from (1095)
 * @param minOutcomes fewer past outcomes than this, or outcomes all alike, give the base rate
 *        instead of a model (30)
 * @param holdoutShare the share of the past outcomes, latest by end date, the model is tested on
 *        (0.25)
 * @param penalty the L2 penalty of the regression on factor scores divided by 100 (1)
 */
public record ForecastParameters(int leadDays, int historyDays, int minOutcomes, double holdoutShare,
        double penalty) {
    public ForecastParameters {
        if (leadDays < 0) {
            throw new IllegalArgumentException("ForecastParameters: 'leadDays' is " + leadDays + ", must be >= 0");
        }
        if (historyDays < 1) {
            throw new IllegalArgumentException("ForecastParameters: 'historyDays' is " + historyDays
                    + ", must be >= 1");
        }
        if (minOutcomes < 2) {
            throw new IllegalArgumentException("ForecastParameters: 'minOutcomes' is " + minOutcomes
                    + ", must be >= 2");
        }
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("ForecastParameters: 'holdoutShare' is " + holdoutShare
                    + ", must be between 0 and 1 (both excluded)");
        }
        if (!(penalty > 0) || Double.isInfinite(penalty)) {
            throw new IllegalArgumentException("ForecastParameters: 'penalty' is " + penalty + ", must be > 0");
        }
    }

    public static ForecastParameters defaults() {
        return new ForecastParameters(90, 1095, 30, 0.25, 1);
    }
}
