package org.accountsuccess.api.health;

/**
 * One factor's part in a health score.
 *
 * @param factor the factor's name ({@code loyalty}, {@code decision-makers}, ... or an integrator's)
 * @param score 0..100
 * @param weight the configured weight
 * @param normalisedWeight {@code weight} divided by the sum of the weights of the factors with data
 * @param contribution {@code score * normalisedWeight}: the points this factor adds to the score
 * @param reason one line saying why
 */
public record FactorScore(String factor, double score, double weight, double normalisedWeight, double contribution,
        String reason) {
}
