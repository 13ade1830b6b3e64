package org.accountsuccess.kpi.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * The health score: each factor's result with its weight, combined into the weighted mean over
 * the factors with data ({@code score = sum w_i * s_i / sum w_i}), so a missing factor's weight is
 * shared among the others. A factor of weight 0 is switched off: neither evaluated nor listed.
 */
public final class HealthScoring {
    /**
     * One factor's result and the weight it carries.
     *
     * @param result what the factor gave
     * @param weight its weight, {@code >= 0}
     */
    public record Weighted(FactorResult result, double weight) {
    }

    private static final Map<String, Double> DEFAULT_WEIGHTS = HealthParameters.defaultWeights();

    private final HealthParameters parameters;
    private final String rule;
    private final List<AccountFactor> builtIn;

    /** Scoring with the parameters of the default rule. */
    public HealthScoring(HealthParameters parameters, KpiParameters kpi) {
        this(parameters, kpi, HealthScore.DEFAULT_RULE);
    }

    /** Scoring with the parameters of the named rule, which each score names. */
    public HealthScoring(HealthParameters parameters, KpiParameters kpi, String rule) {
        this.parameters = parameters;
        this.rule = rule;
        List<AccountFactor> all = List.of(new LoyaltyFactor(kpi.lookbackDays()),
                new DecisionMakersFactor(kpi.lookbackDays()), new CoverageFactor(),
                new EngagementFactor(parameters.engagementZeroAt()),
                new TicketsFactor(parameters.ticketWindowDays(), parameters.ticketPenalty()),
                new MrrTrendFactor(parameters.mrrTrendDays(), parameters.mrrFlatScore(),
                        parameters.mrrPointsPerPercent()),
                new RenewalFactor(parameters.renewalHorizonDays()));
        this.builtIn = all.stream().filter(f -> builtInWeight(f) > 0).toList();
    }

    /** The configured weight of {@code factor}, else {@code fallback}. */
    public double weightOf(String factor, double fallback) {
        return parameters.weights().getOrDefault(factor, fallback);
    }

    private double builtInWeight(AccountFactor factor) {
        return weightOf(factor.name(), DEFAULT_WEIGHTS.get(factor.name()));
    }

    /** The built-in factors switched on, evaluated on one account's facts, with their weights. */
    public List<Weighted> builtIn(AccountFacts facts, CurrencyConverter converter) {
        return builtIn.stream().map(f -> new Weighted(f.evaluate(facts, converter), builtInWeight(f))).toList();
    }

    /** The health of one account from the built-in factors alone. */
    public HealthScore score(AccountFacts facts, CurrencyConverter converter) {
        return score(facts.account().id(), facts.asOf(), builtIn(facts, converter));
    }

    /** Combines the results (in display order) into the score; empty when no weighted factor has data. */
    public HealthScore score(String accountId, LocalDate asOf, List<Weighted> results) {
        double total = 0;
        for (Weighted w : results) {
            if (w.result().evaluation().isPresent()) {
                total += w.weight();
            }
        }
        List<FactorScore> factors = new ArrayList<>();
        List<MissingFactor> missing = new ArrayList<>();
        double score = 0;
        for (Weighted w : results) {
            FactorResult r = w.result();
            if (r.evaluation().isEmpty()) {
                missing.add(new MissingFactor(r.factor(), w.weight(), r.missingReason()));
                continue;
            }
            FactorEvaluation e = r.evaluation().get();
            double share = total == 0 ? 0 : w.weight() / total;
            score += e.score() * share;
            factors.add(new FactorScore(r.factor(), e.score(), w.weight(), share, e.score() * share, e.reason()));
        }
        if (total == 0) {
            return new HealthScore(accountId, asOf, OptionalDouble.empty(), Optional.empty(), factors, missing, rule);
        }
        double clipped = Math.max(0, Math.min(100, score));
        return new HealthScore(accountId, asOf, OptionalDouble.of(clipped), Optional.of(parameters.band(clipped)),
                factors, missing, rule);
    }
}
