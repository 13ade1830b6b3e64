package org.accountsuccess.voice;

/**
 * Dunning's log-likelihood ratio test of a 2×2 table (Dunning 1993, "Accurate methods for the
 * statistics of surprise and coincidence"): {@code G² = 2 Σ O ln(O / E)} over the four cells, with
 * {@code E} from the row and column totals, and its p-value from the χ² distribution with one degree
 * of freedom, {@code p = erfc(sqrt(G² / 2))}.
 */
public final class LogLikelihood {
    private LogLikelihood() {
    }

    /**
     * G² of {@code a} of {@code n} against {@code b} of {@code m} (for example comments mentioning
     * a term among detractors' and among promoters'); 0 when either group is empty.
     */
    public static double gSquared(int a, int n, int b, int m) {
        if (a < 0 || b < 0 || a > n || b > m) {
            throw new IllegalArgumentException("G²: " + a + " of " + n + " against " + b + " of " + m
                    + " is no 2×2 table");
        }
        if (n == 0 || m == 0) {
            return 0;
        }
        double total = (double) n + m;
        double with = (double) a + b;
        double without = total - with;
        return 2 * (cell(a, n * with / total) + cell(n - a, n * without / total)
                + cell(b, m * with / total) + cell(m - b, m * without / total));
    }

    /** The chance of a G² (or χ²) at least this large with one degree of freedom. */
    public static double pValue(double gSquared) {
        return erfc(Math.sqrt(gSquared / 2));
    }

    private static double cell(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    /** The complementary error function for x ≥ 0, to a relative error below 1.2e-7 (Numerical Recipes, erfcc). */
    static double erfc(double x) {
        double t = 1 / (1 + 0.5 * x);
        return t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
