package org.accountsuccess.api.renewal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The model behind a renewal forecast and its quality on the tenant's past: fitted on the earlier
 * past due contracts (by end date), tested on the latest ones (the holdout), then refitted on all of
 * them for the forecast.
 *
 * @param method how the probabilities are obtained
 * @param reason one line saying why this method (for example, too few outcomes)
 * @param historyFrom the first end date of the past due contracts read
 * @param outcomes past due contracts with a known outcome (ended before the as-of day)
 * @param renewed of those, how many were renewed
 * @param baseRate {@code renewed / outcomes}; empty without outcomes
 * @param training contracts the quality figures' model was fitted on
 * @param holdout the latest contracts it was tested on
 * @param brier mean squared error of the model's probabilities on the holdout; empty without a model
 * @param baseRateBrier the same for the training set's renewal rate given to every holdout contract
 * @param calibration the holdout by bins of predicted probability, only bins with contracts
 * @param coefficients the forecast model's intercept ({@code intercept}) and one coefficient per
 *        factor, on factor scores divided by 100; empty without a model
 */
public record ForecastModel(ForecastMethod method, String reason, LocalDate historyFrom, int outcomes, int renewed,
        OptionalDouble baseRate, int training, int holdout, OptionalDouble brier, OptionalDouble baseRateBrier,
        List<CalibrationBin> calibration, Map<String, Double> coefficients) {
    public ForecastModel {
        calibration = List.copyOf(calibration);
        coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    }
}
