package org.accountsuccess.kpi.forecast;

import java.util.List;

/**
 * A logistic regression on factor scores: each score (0..100) divided by 100, a factor without
 * data ({@code NaN}) taking its mean over the fitting rows (50 when no row has it).
 *
 * @param means the imputation mean of each factor
 * @param model the fitted regression
 */
public record FactorRegression(double[] means, LogisticRegression.Model model) {
    public FactorRegression {
        means = means.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    /**
     * Fits {@code P(outcome)} on the rows.
     *
     * @param factors one row of factor scores per example, each of length {@code k}
     * @param outcomes whether each example had the outcome
     */
    public static FactorRegression fit(List<double[]> factors, List<Boolean> outcomes, int k, double penalty) {
        double[] means = new double[k];
        for (int f = 0; f < k; f++) {
            final int i = f;
            means[f] = factors.stream().mapToDouble(r -> r[i]).filter(v -> !Double.isNaN(v)).average().orElse(50);
        }
        double[][] x = factors.stream().map(r -> scaled(r, means)).toArray(double[][]::new);
        int[] y = outcomes.stream().mapToInt(o -> o ? 1 : 0).toArray();
        return new FactorRegression(means, LogisticRegression.fit(x, y, penalty));
    }

    public double probability(double[] factors) {
        return model.probability(scaled(factors, means));
    }

    private static double[] scaled(double[] factors, double[] means) {
        double[] x = new double[factors.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (Double.isNaN(factors[i]) ? means[i] : factors[i]) / 100;
        }
        return x;
    }
}
