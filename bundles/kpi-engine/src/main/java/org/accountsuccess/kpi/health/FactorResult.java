package org.accountsuccess.kpi.health;

import java.util.Objects;
import java.util.Optional;

import org.accountsuccess.api.health.FactorEvaluation;

/**
 * What one factor gave for one account: an evaluation, or the reason it has none.
 *
 * @param factor the factor's name
 * @param evaluation the score and reason; empty when the factor is left out
 * @param missingReason why it is left out; {@code null} when it has an evaluation
 */
public record FactorResult(String factor, Optional<FactorEvaluation> evaluation, String missingReason) {
    public FactorResult {
        Objects.requireNonNull(factor, "FactorResult: 'factor' is required");
        if (evaluation.isEmpty() == (missingReason == null)) {
            throw new IllegalArgumentException("FactorResult " + factor + ": give an evaluation or a missing reason");
        }
    }

    public static FactorResult of(String factor, double score, String reason) {
        return new FactorResult(factor, Optional.of(new FactorEvaluation(Math.max(0, Math.min(100, score)), reason)),
                null);
    }

    public static FactorResult missing(String factor, String reason) {
        return new FactorResult(factor, Optional.empty(), reason);
    }
}
