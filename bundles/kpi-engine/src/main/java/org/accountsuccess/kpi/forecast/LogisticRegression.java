package org.accountsuccess.kpi.forecast;

import java.util.Arrays;

/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2
 * penalty {@code lambda/2 * |beta|^2} on the coefficients, not on the intercept. The penalised
 * log-likelihood is strictly concave for {@code lambda > 0}, so the fit is unique, converges on
 * separable data too, and is deterministic (no random start).
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    /**
     * A fitted model.
     *
     * @param intercept the intercept
     * @param coefficients one per feature
     */
    public record Model(double intercept, double[] coefficients) {
        public Model {
            coefficients = coefficients.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /** {@code 1 / (1 + exp(-(intercept + sum beta_i x_i)))}. */
        public double probability(double[] x) {
            double z = intercept;
            for (int i = 0; i < coefficients.length; i++) {
                z += coefficients[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private LogisticRegression() {
    }

    /**
     * Fits {@code P(y = 1 | x)}.
     *
     * @param x one row of features per example, all of the same length
     * @param y the outcomes, 1 or 0
     * @param lambda the L2 penalty, {@code >= 0} (0: plain maximum likelihood, which has no finite
     *        answer on separable data: the iterations then stop at their limit)
     */
    public static Model fit(double[][] x, int[] y, double lambda) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("logistic regression: " + x.length + " rows and " + y.length
                    + " outcomes; need the same number, at least 1");
        }
        int k = x[0].length + 1; // column 0 is the intercept
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int n = 0; n < x.length; n++) {
                double[] row = withIntercept(x[n]);
                double p = probability(beta, row);
                double w = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y[n] - p) * row[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += w * row[i] * row[j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                gradient[i] -= lambda * beta[i];
                hessian[i][i] += lambda;
            }
            // a pure intercept on all-equal outcomes has no finite optimum: keep the Hessian invertible
            hessian[0][0] += 1e-12;
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < k; i++) {
                beta[i] += step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return new Model(beta[0], Arrays.copyOfRange(beta, 1, k));
    }

    private static double[] withIntercept(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }

    private static double probability(double[] beta, double[] row) {
        double z = 0;
        for (int i = 0; i < row.length; i++) {
            z += beta[i] * row[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a * s = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int k = b.length;
        double[][] m = new double[k][];
        for (int i = 0; i < k; i++) {
            m[i] = Arrays.copyOf(a[i], k + 1);
            m[i][k] = b[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < k; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= k; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] s = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double sum = m[r][k];
            for (int c = r + 1; c < k; c++) {
                sum -= m[r][c] * s[c];
            }
            s[r] = sum / m[r][r];
        }
        return s;
    }
}
