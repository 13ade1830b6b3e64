package org.accountsuccess.kpi.forecast;

import java.time.LocalDate;

/**
 * A past due contract with its outcome and the health factor scores read {@code leadDays} before
 * its end date.
 *
 * @param contractId the contract
 * @param endDate its end date
 * @param factors the factor scores (0..100) in the model's feature order; {@code NaN} where the
 *        factor had no data
 * @param renewed whether some contract renews it
 */
public record PastRenewal(String contractId, LocalDate endDate, double[] factors, boolean renewed) {
    public PastRenewal {
        factors = factors.clone();
    }

    @Override
    public double[] factors() {
        return factors.clone();
    }
}
