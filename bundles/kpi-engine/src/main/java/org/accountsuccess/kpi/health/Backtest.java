package org.accountsuccess.kpi.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * The backtest of the health score: accounts scored on a past day, each with its outcome at the end
 * of the horizon, and the AUC of the scores (Mann-Whitney: the share of (renewed, churned) pairs in
 * which the renewed account scored higher, ties counting one half).
 */
public final class Backtest {
    private final LocalDate asOf;
    private final LocalDate until;
    private final List<Double> renewedScores = new ArrayList<>();
    private final List<Double> churnedScores = new ArrayList<>();
    private final Map<HealthBand, int[]> bands = new EnumMap<>(HealthBand.class);
    private int renewed;
    private int churned;
    private int unscored;

    /** What became of an account by the end of the horizon. */
    public enum Outcome {
        RENEWED, CHURNED
    }

    /**
     * The account's outcome, when it has one: it had MRR on the as-of day of its facts and a contract
     * ending in {@code (asOf, until]}; it churned when its MRR on {@code until} is 0, renewed otherwise
     * (a renewal at a lower value still counts as renewed: the logo stayed).
     */
    public static Optional<Outcome> outcome(AccountFacts facts, LocalDate until, CurrencyConverter converter) {
        LocalDate asOf = facts.asOf();
        if (facts.mrrOn(asOf, converter).signum() == 0) {
            return Optional.empty();
        }
        boolean due = facts.contracts().stream().anyMatch(c -> !c.evergreen() && c.endDate().isAfter(asOf)
                && !c.endDate().isAfter(until));
        if (!due) {
            return Optional.empty();
        }
        return Optional.of(facts.mrrOn(until, converter).signum() == 0 ? Outcome.CHURNED : Outcome.RENEWED);
    }

    public Backtest(LocalDate asOf, LocalDate until) {
        if (!until.isAfter(asOf)) {
            throw new IllegalArgumentException("the backtest horizon end " + until + " must be after " + asOf);
        }
        this.asOf = asOf;
        this.until = until;
    }

    /** Adds one account with an outcome: its score on {@code asOf} and whether it churned by {@code until}. */
    public void add(HealthScore score, Outcome outcome) {
        boolean hasChurned = outcome == Outcome.CHURNED;
        if (score.score().isEmpty()) {
            unscored++;
            return;
        }
        if (hasChurned) {
            churned++;
        } else {
            renewed++;
        }
        (hasChurned ? churnedScores : renewedScores).add(score.score().getAsDouble());
        int[] tally = bands.computeIfAbsent(score.band().orElseThrow(), b -> new int[2]);
        tally[0]++;
        if (hasChurned) {
            tally[1]++;
        }
    }

    public HealthBacktest result() {
        List<BacktestBand> byBand = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            int[] tally = bands.getOrDefault(band, new int[2]);
            byBand.add(new BacktestBand(band, tally[0], tally[1]));
        }
        return new HealthBacktest(asOf, until, renewed, churned, unscored, auc(renewedScores, churnedScores), byBand);
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
