package org.accountsuccess.api.health;

/**
 * What one factor says about one account on one day.
 *
 * @param score 0..100, higher is healthier
 * @param reason one line a sales rep can read, for example "2 open high-severity tickets"
 */
public record FactorEvaluation(double score, String reason) {
    public FactorEvaluation {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("factor score must be within 0..100, was " + score);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a factor evaluation needs a reason");
        }
    }
}
