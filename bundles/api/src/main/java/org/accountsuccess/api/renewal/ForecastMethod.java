package org.accountsuccess.api.renewal;

/** How a renewal forecast's probabilities were obtained. */
public enum ForecastMethod {
    /** A logistic regression on the health factor scores, fitted on the tenant's past due contracts. */
    LOGISTIC,
    /** Too little history for a model: every contract gets the tenant's past renewal rate. */
    BASE_RATE,
    /** No past due contract with an outcome: no probability is given. */
    NONE
}
