package org.accountsuccess.kpi.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.accountsuccess.api.health.HealthBand;

/**
 * The weights, bands and factor mappings of the health score, with the defaults of
 * {@link #defaults()}.
 *
 * @param weights weight per factor name, in display order; a factor not named here (an integrator's)
 *        takes the weight its service declares
 * @param greenFrom score at or above which an account is green (70)
 * @param yellowFrom score at or above which an account is yellow, red below (40)
 * @param engagementZeroAt {@code engagement}: days since the last touch, as a multiple of the tier's
 *        gap limit, at which the score reaches 0 (2: 100 on the day of a touch, 50 at the limit, 0 at
 *        twice the limit)
 * @param ticketWindowDays {@code tickets}: the days before the as-of date in which an open high or
 *        critical ticket counts by the day it was opened (90)
 * @param ticketPenalty {@code tickets}: points off 100 per such ticket (25: four tickets give 0)
 * @param mrrTrendDays {@code mrr-trend}: MRR on the as-of date is compared with MRR this many days
 *        earlier (90)
 * @param mrrFlatScore {@code mrr-trend}: the score of an unchanged MRR (80)
 * @param mrrPointsPerPercent {@code mrr-trend}: points per percent of change (1: +20 % gives 100,
 *        -30 % gives 50, -80 % gives 0)
 * @param renewalHorizonDays {@code renewal}: days to the next due contract at and beyond which the
 *        score is 100, falling linearly to 0 on the end date (180)
 */
public record HealthParameters(Map<String, Double> weights, double greenFrom, double yellowFrom,
        double engagementZeroAt, int ticketWindowDays, double ticketPenalty, int mrrTrendDays, double mrrFlatScore,
        double mrrPointsPerPercent, int renewalHorizonDays) {

    public static final String LOYALTY = "loyalty";
    public static final String DECISION_MAKERS = "decision-makers";
    public static final String COVERAGE = "coverage";
    public static final String ENGAGEMENT = "engagement";
    public static final String TICKETS = "tickets";
    public static final String MRR_TREND = "mrr-trend";
    public static final String RENEWAL = "renewal";

    public HealthParameters {
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((name, w) -> {
            if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("HealthParameters: factor name '" + name
                        + "' must be lower-case letters, digits, '.', '_' or '-'");
            }
            if (w == null || !(w >= 0) || w.isInfinite()) {
                throw new IllegalArgumentException("HealthParameters: weight of '" + name + "' is " + w
                        + ", must be a number >= 0");
            }
            copy.put(name, w);
        });
        weights = Collections.unmodifiableMap(copy);
        if (!(0 <= yellowFrom && yellowFrom <= greenFrom && greenFrom <= 100)) {
            throw new IllegalArgumentException("HealthParameters: bands need 0 <= yellowFrom (" + yellowFrom
                    + ") <= greenFrom (" + greenFrom + ") <= 100");
        }
        positive("engagementZeroAt", engagementZeroAt);
        positive("ticketWindowDays", ticketWindowDays);
        if (!(ticketPenalty >= 0 && ticketPenalty <= 100)) {
            throw new IllegalArgumentException("HealthParameters: 'ticketPenalty' is " + ticketPenalty
                    + ", must be within 0..100");
        }
        positive("mrrTrendDays", mrrTrendDays);
        if (!(mrrFlatScore >= 0 && mrrFlatScore <= 100)) {
            throw new IllegalArgumentException("HealthParameters: 'mrrFlatScore' is " + mrrFlatScore
                    + ", must be within 0..100");
        }
        if (!(mrrPointsPerPercent >= 0) || Double.isInfinite(mrrPointsPerPercent)) {
            throw new IllegalArgumentException("HealthParameters: 'mrrPointsPerPercent' is " + mrrPointsPerPercent
                    + ", must be >= 0");
        }
        positive("renewalHorizonDays", renewalHorizonDays);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("HealthParameters: '" + name + "' is " + value + ", must be > 0");
        }
    }

    /** The default weights: loyalty 3, decision-makers 2, coverage 1, engagement 1, tickets 1, mrr-trend 2, renewal 1. */
    public static Map<String, Double> defaultWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put(LOYALTY, 3.0);
        w.put(DECISION_MAKERS, 2.0);
        w.put(COVERAGE, 1.0);
        w.put(ENGAGEMENT, 1.0);
        w.put(TICKETS, 1.0);
        w.put(MRR_TREND, 2.0);
        w.put(RENEWAL, 1.0);
        return w;
    }

    public static HealthParameters defaults() {
        return new HealthParameters(defaultWeights(), 70, 40, 2, 90, 25, 90, 80, 1, 180);
    }

    /** The same parameters with other weights. */
    public HealthParameters withWeights(Map<String, Double> newWeights) {
        return new HealthParameters(newWeights, greenFrom, yellowFrom, engagementZeroAt, ticketWindowDays,
                ticketPenalty, mrrTrendDays, mrrFlatScore, mrrPointsPerPercent, renewalHorizonDays);
    }

    /** Green at or above {@code greenFrom}, yellow at or above {@code yellowFrom}, red below. */
    public HealthBand band(double score) {
        if (score >= greenFrom) {
            return HealthBand.GREEN;
        }
        return score >= yellowFrom ? HealthBand.YELLOW : HealthBand.RED;
    }
}
