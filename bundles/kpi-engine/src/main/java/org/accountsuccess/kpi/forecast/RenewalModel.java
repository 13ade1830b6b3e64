package org.accountsuccess.kpi.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.ForecastModel;

/**
 * The renewal model of one tenant: a logistic regression on the factor scores (divided by 100; a
 * factor without data takes its mean over the fitting set) of the past due contracts. Its quality
 * is measured on a holdout, the latest {@code holdoutShare} of the outcomes by end date, after a
 * fit on the earlier ones; the forecast then uses a fit on all of them. With fewer than
 * {@code minOutcomes} outcomes, or outcomes all alike (in all or in the earlier part), every
 * contract gets the base rate; without outcomes, no probability at all.
 */
public final class RenewalModel {
    private static final int BINS = 10;

    private final ForecastModel description;
    private final OptionalDouble baseRate;
    private final FactorRegression forecastFit;

    private RenewalModel(ForecastModel description, OptionalDouble baseRate, FactorRegression forecastFit) {
        this.description = description;
        this.baseRate = baseRate;
        this.forecastFit = forecastFit;
    }

    /**
     * Fits the model.
     *
     * @param features the factor names, in the order of {@link PastRenewal#factors()}
     * @param history the past due contracts with their outcomes
     * @param historyFrom the first end date the history was read from
     */
    public static RenewalModel fit(List<String> features, List<PastRenewal> history, LocalDate historyFrom,
            ForecastParameters parameters) {
        List<PastRenewal> rows = new ArrayList<>(history);
        rows.sort(Comparator.comparing(PastRenewal::endDate).thenComparing(PastRenewal::contractId));
        int n = rows.size();
        int renewed = (int) rows.stream().filter(PastRenewal::renewed).count();
        if (n == 0) {
            return fallback(ForecastMethod.NONE, "no due contract ended in the " + parameters.historyDays()
                    + " days before the as-of day: no renewal probability can be given", historyFrom, 0, 0);
        }
        if (n < parameters.minOutcomes()) {
            return fallback(ForecastMethod.BASE_RATE, "only " + n + " past outcomes, fewer than "
                    + parameters.minOutcomes() + ": every contract gets the past renewal rate", historyFrom, n,
                    renewed);
        }
        if (renewed == 0 || renewed == n) {
            return fallback(ForecastMethod.BASE_RATE, "all " + n + " past outcomes are alike (" + (renewed == 0
                    ? "none" : "all") + " renewed): every contract gets the past renewal rate", historyFrom, n,
                    renewed);
        }
        int holdout = (int) Math.ceil(n * parameters.holdoutShare());
        List<PastRenewal> training = rows.subList(0, n - holdout);
        List<PastRenewal> tested = rows.subList(n - holdout, n);
        long trainingRenewed = training.stream().filter(PastRenewal::renewed).count();
        if (trainingRenewed == 0 || trainingRenewed == training.size()) {
            return fallback(ForecastMethod.BASE_RATE, "the earlier " + training.size()
                    + " past outcomes are alike: no model can be tested; every contract gets the past renewal rate",
                    historyFrom, n, renewed);
        }
        int k = features.size();
        FactorRegression trial = fit(training, k, parameters.penalty());
        double trainingRate = (double) trainingRenewed / training.size();
        double[] predicted = tested.stream().mapToDouble(r -> trial.probability(r.factors())).toArray();
        double brier = 0;
        double baseRateBrier = 0;
        for (int i = 0; i < tested.size(); i++) {
            double y = tested.get(i).renewed() ? 1 : 0;
            brier += (predicted[i] - y) * (predicted[i] - y);
            baseRateBrier += (trainingRate - y) * (trainingRate - y);
        }
        FactorRegression all = fit(rows, k, parameters.penalty());
        Map<String, Double> coefficients = new LinkedHashMap<>();
        coefficients.put("intercept", all.model().intercept());
        double[] beta = all.model().coefficients();
        for (int i = 0; i < k; i++) {
            coefficients.put(features.get(i), beta[i]);
        }
        ForecastModel description = new ForecastModel(ForecastMethod.LOGISTIC, "logistic regression on " + k
                + " factor scores, tested on the latest " + holdout + " of " + n + " past outcomes", historyFrom, n,
                renewed, OptionalDouble.of((double) renewed / n), training.size(), holdout,
                OptionalDouble.of(brier / holdout), OptionalDouble.of(baseRateBrier / holdout),
                calibration(predicted, tested), coefficients);
        return new RenewalModel(description, description.baseRate(), all);
    }

    private static FactorRegression fit(List<PastRenewal> rows, int k, double penalty) {
        return FactorRegression.fit(rows.stream().map(PastRenewal::factors).toList(),
                rows.stream().map(PastRenewal::renewed).toList(), k, penalty);
    }

    private static RenewalModel fallback(ForecastMethod method, String reason, LocalDate historyFrom, int n,
            int renewed) {
        OptionalDouble rate = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) renewed / n);
        return new RenewalModel(new ForecastModel(method, reason, historyFrom, n, renewed, rate, 0, 0,
                OptionalDouble.empty(), OptionalDouble.empty(), List.of(), Map.of()), rate, null);
    }

    /** Bins of width 0.1 of the predicted probability (1.0 in the last), the empty ones left out. */
    static List<CalibrationBin> calibration(double[] predicted, List<PastRenewal> outcomes) {
        int[] count = new int[BINS];
        double[] sumPredicted = new double[BINS];
        int[] renewed = new int[BINS];
        for (int i = 0; i < predicted.length; i++) {
            int bin = Math.min(BINS - 1, (int) Math.floor(predicted[i] * BINS));
            count[bin]++;
            sumPredicted[bin] += predicted[i];
            renewed[bin] += outcomes.get(i).renewed() ? 1 : 0;
        }
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bins.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, count[b],
                        sumPredicted[b] / count[b], renewed[b] / (double) count[b]));
            }
        }
        return bins;
    }

    /** The model and its quality. */
    public ForecastModel description() {
        return description;
    }

    /** The renewal probability of a contract with these factor scores; empty when the method is NONE. */
    public OptionalDouble probability(double[] factors) {
        return forecastFit == null ? baseRate : OptionalDouble.of(forecastFit.probability(factors));
    }
}
