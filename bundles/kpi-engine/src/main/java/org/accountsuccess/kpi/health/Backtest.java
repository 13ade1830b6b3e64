package org.accountsuccess.kpi.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.DecileLift;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.RedFlags;
import org.accountsuccess.api.health.SuggestedWeight;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.forecast.FactorRegression;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * The backtest of the health score: accounts scored on a past day, each with its outcome at the end
 * of the horizon. It reports the AUC of the scores (Mann-Whitney: the share of (renewed, churned)
 * pairs in which the renewed account scored higher, ties counting one half), each band's mean score
 * and renewal rate, precision, recall and lead time of "red", the lift of the riskiest decile, and
 * weights suggested by a logistic regression of "renewed" on the factor scores of the accounts of the
 * default rule, next to its weights (the renewal factor
 * left out, as on a past day it sees renewals booked later; L2 penalty
 * {@value #PENALTY}; at least {@value #MIN_ACCOUNTS} scored accounts with both outcomes), shown next
 * to the configured ones and never applied.
 */
public final class Backtest {
    static final int MIN_ACCOUNTS = 10;
    static final double PENALTY = 1;

    /** One scored account with an outcome. */
    private record Scored(String accountId, double score, HealthBand band, boolean churned, long leadDays,
            boolean defaultRule, Map<String, Double> factors) {
    }

    private final LocalDate asOf;
    private final LocalDate until;
    private final List<Scored> scored = new ArrayList<>();
    private final Map<String, Double> configured = new LinkedHashMap<>();
    private int unscored;

    /** What became of an account by the end of the horizon. */
    public enum Outcome {
        RENEWED, CHURNED
    }

    /**
     * The end date of the account's first contract ending in {@code (asOf, until]}, when it had MRR
     * on the as-of day of its facts: the accounts with an outcome.
     */
    public static Optional<LocalDate> dueEnd(AccountFacts facts, LocalDate until, CurrencyConverter converter) {
        LocalDate asOf = facts.asOf();
        if (facts.mrrOn(asOf, converter).signum() == 0) {
            return Optional.empty();
        }
        return facts.contracts().stream().filter(c -> !c.evergreen() && c.endDate().isAfter(asOf)
                && !c.endDate().isAfter(until)).map(Contract::endDate).min(Comparator.naturalOrder());
    }

    /**
     * The account's outcome, when it has one (see {@link #dueEnd}): it churned when its MRR on
     * {@code until} is 0, renewed otherwise (a renewal at a lower value still counts as renewed: the
     * logo stayed).
     */
    public static Optional<Outcome> outcome(AccountFacts facts, LocalDate until, CurrencyConverter converter) {
        return dueEnd(facts, until, converter)
                .map(end -> facts.mrrOn(until, converter).signum() == 0 ? Outcome.CHURNED : Outcome.RENEWED);
    }

    public Backtest(LocalDate asOf, LocalDate until) {
        if (!until.isAfter(asOf)) {
            throw new IllegalArgumentException("the backtest horizon end " + until + " must be after " + asOf);
        }
        this.asOf = asOf;
        this.until = until;
    }

    /**
     * Adds one account with an outcome: its score on {@code asOf}, whether it churned by
     * {@code until}, and the end date of its contract due in the horizon.
     */
    public void add(HealthScore score, Outcome outcome, LocalDate dueEnd) {
        boolean defaultRule = score.rule().equals(HealthScore.DEFAULT_RULE);
        if (defaultRule) {
            score.factors().forEach(f -> configured.putIfAbsent(f.factor(), f.weight()));
            score.missing().forEach(m -> configured.putIfAbsent(m.factor(), m.weight()));
        }
        if (score.score().isEmpty()) {
            unscored++;
            return;
        }
        Map<String, Double> factors = new LinkedHashMap<>();
        for (FactorScore f : score.factors()) {
            factors.put(f.factor(), f.score());
        }
        scored.add(new Scored(score.accountId(), score.score().getAsDouble(), score.band().orElseThrow(),
                outcome == Outcome.CHURNED, ChronoUnit.DAYS.between(asOf, dueEnd), defaultRule, factors));
    }

    public HealthBacktest result() {
        List<Double> renewedScores = scored.stream().filter(s -> !s.churned()).map(Scored::score).toList();
        List<Double> churnedScores = scored.stream().filter(Scored::churned).map(Scored::score).toList();
        List<BacktestBand> byBand = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            List<Scored> in = scored.stream().filter(s -> s.band() == band).toList();
            long churned = in.stream().filter(Scored::churned).count();
            byBand.add(new BacktestBand(band, in.size(), (int) churned,
                    in.stream().mapToDouble(Scored::score).average(), share(in.size() - churned, in.size())));
        }
        Suggestion suggestion = suggestWeights(scored.stream().filter(Scored::defaultRule).toList());
        return new HealthBacktest(asOf, until, renewedScores.size(), churnedScores.size(), unscored,
                auc(renewedScores, churnedScores), byBand, redFlags(churnedScores.size()), riskiestDecile(),
                suggestion.note(), suggestion.weights());
    }

    private RedFlags redFlags(int churned) {
        List<Scored> red = scored.stream().filter(s -> s.band() == HealthBand.RED).toList();
        List<Scored> redChurned = red.stream().filter(Scored::churned).toList();
        return new RedFlags(red.size(), redChurned.size(), churned, share(redChurned.size(), red.size()),
                share(redChurned.size(), churned), median(redChurned.stream().mapToDouble(Scored::leadDays).sorted()
                        .toArray()));
    }

    private DecileLift riskiestDecile() {
        int n = scored.size();
        long churned = scored.stream().filter(Scored::churned).count();
        int size = (n + 9) / 10;
        long decileChurned = scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).thenComparing(Scored::accountId)).limit(size)
                .filter(Scored::churned).count();
        OptionalDouble rate = share(decileChurned, size);
        OptionalDouble overall = share(churned, n);
        OptionalDouble lift = churned == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(rate.getAsDouble() / overall.getAsDouble());
        return new DecileLift(size, (int) decileChurned, rate, overall, lift);
    }

    /** The suggested weights and how they were obtained. */
    private record Suggestion(String note, List<SuggestedWeight> weights) {
    }

    /** Fitted on the accounts of the default rule, whose weights are the configured ones shown. */
    private Suggestion suggestWeights(List<Scored> scored) {
        long churned = scored.stream().filter(Scored::churned).count();
        long renewed = scored.size() - churned;
        if (scored.size() < MIN_ACCOUNTS || renewed == 0 || churned == 0) {
            return new Suggestion("no suggestion: it needs at least " + MIN_ACCOUNTS + " accounts of the default"
                    + " rule with both outcomes, the backtest has " + renewed + " renewed and " + churned + " churned",
                    configured.keySet().stream().map(this::unfitted).toList());
        }
        // the renewal factor reads today's data (a renewal booked after asOf counts), i.e. the outcome itself
        List<String> names = configured.keySet().stream().filter(f -> !f.equals(HealthParameters.RENEWAL)
                && scored.stream().anyMatch(s -> s.factors().containsKey(f))).toList();
        List<double[]> rows = scored.stream().map(s -> names.stream()
                .mapToDouble(f -> s.factors().getOrDefault(f, Double.NaN)).toArray()).toList();
        double[] beta = FactorRegression.fit(rows, scored.stream().map(s -> !s.churned()).toList(), names.size(),
                PENALTY).model().coefficients();
        double positive = 0;
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            positive += Math.max(0, beta[i]);
            total += configured.get(names.get(i));
        }
        List<SuggestedWeight> weights = new ArrayList<>();
        for (String factor : configured.keySet()) {
            int i = names.indexOf(factor);
            if (i < 0) {
                weights.add(unfitted(factor));
                continue;
            }
            OptionalDouble suggested = positive == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.max(0, beta[i]) * total / positive);
            weights.add(new SuggestedWeight(factor, configured.get(factor), OptionalDouble.of(beta[i]), suggested));
        }
        String note = positive == 0 ? "no factor's score went with renewing in this history: no suggestion"
                : "logistic regression of renewed on the factor scores of the " + scored.size() + " accounts of"
                        + " the default rule; a factor"
                        + " whose coefficient is 0 or below gets 0; left out: the renewal factor (on a past day it"
                        + " sees renewals booked later) and factors without data";
        return new Suggestion(note, weights);
    }

    private SuggestedWeight unfitted(String factor) {
        return new SuggestedWeight(factor, configured.get(factor), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    private static OptionalDouble median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }
    /** Mann-Whitney AUC of the two groups; empty when either is empty. */
    public static OptionalDouble auc(List<Double> renewed, List<Double> churned) {
        if (renewed.isEmpty() || churned.isEmpty()) {
            return OptionalDouble.empty();
        }
        double wins = 0;
        for (double r : renewed) {
            for (double c : churned) {
                if (r > c) {
                    wins += 1;
                } else if (r == c) {
                    wins += 0.5;
                }
            }
        }
        return OptionalDouble.of(wins / ((double) renewed.size() * churned.size()));
    }
}
