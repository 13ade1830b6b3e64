package org.accountsuccess.kpi.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.ClassOutlook;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.Mrr;
import org.accountsuccess.kpi.retention.RetentionLedger;

/**
 * The revenue simulator. Per account loyalty class as of the scenario's day (accounts with ARR
 * above zero): accounts and ARR. Each move takes its share of the source class's accounts and ARR
 * (at the class's mean ARR) to the target class; moves out of one class all take shares of the
 * class as it was. Projected ARR = {@code sum_class ARR'_class * NRR_class}, where NRR_class is the
 * class's observed NRR over the trailing 12 months (classes at the period's start), or the whole
 * selection's NRR when the class's own is undefined.
 */
public final class RevenueProjection {
    private RevenueProjection() {
    }

    /**
     * @param portfolio the accounts as of the scenario's day, fed with responses and contracts
     * @param retention the retention of the same accounts over the trailing 12 months
     * @param classAtStart each account's loyalty class (its enum name) at the period's start
     */
    public static SimulationResult of(Scenario scenario, AccountPortfolio portfolio, CurrencyConverter converter,
            RetentionLedger retention, Function<String, String> classAtStart) {
        Map<LoyaltyClass, Integer> accounts = new EnumMap<>(LoyaltyClass.class);
        Map<LoyaltyClass, BigDecimal> arr = new EnumMap<>(LoyaltyClass.class);
        for (AccountFacts facts : portfolio.accounts()) {
            BigDecimal accountArr = facts.mrrOn(facts.asOf(), converter).multiply(Mrr.TWELVE);
            if (accountArr.signum() > 0) {
                LoyaltyClass c = facts.loyalty().loyaltyClass();
                accounts.merge(c, 1, Integer::sum);
                arr.merge(c, accountArr, BigDecimal::add);
            }
        }
        RetentionReport overall = retention.report();
        Map<LoyaltyClass, OptionalDouble> observed = new EnumMap<>(LoyaltyClass.class);
        for (Cut<RetentionReport> cut : retention.cut(classAtStart)) {
            observed.put(LoyaltyClass.valueOf(cut.key()), cut.report().nrr());
        }
        Map<LoyaltyClass, Double> accountsAfter = new EnumMap<>(LoyaltyClass.class);
        Map<LoyaltyClass, BigDecimal> arrAfter = new EnumMap<>(LoyaltyClass.class);
        for (LoyaltyClass c : LoyaltyClass.values()) {
            accountsAfter.put(c, (double) accounts.getOrDefault(c, 0));
            arrAfter.put(c, arr.getOrDefault(c, BigDecimal.ZERO));
        }
        for (ClassMove move : scenario.moves()) {
            double movedAccounts = move.share() * accounts.getOrDefault(move.from(), 0);
            BigDecimal movedArr = arr.getOrDefault(move.from(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(move.share()));
            accountsAfter.merge(move.from(), -movedAccounts, Double::sum);
            accountsAfter.merge(move.to(), movedAccounts, Double::sum);
            arrAfter.merge(move.from(), movedArr.negate(), BigDecimal::add);
            arrAfter.merge(move.to(), movedArr, BigDecimal::add);
        }
        List<ClassOutlook> classes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Optional<BigDecimal> baseline = Optional.of(BigDecimal.ZERO);
        Optional<BigDecimal> projection = Optional.of(BigDecimal.ZERO);
        for (LoyaltyClass c : LoyaltyClass.values()) {
            int n = accounts.getOrDefault(c, 0);
            BigDecimal classArr = arr.getOrDefault(c, BigDecimal.ZERO);
            OptionalDouble own = observed.getOrDefault(c, OptionalDouble.empty());
            OptionalDouble applied = own.isPresent() ? own : overall.nrr();
            Optional<BigDecimal> base = times(classArr, applied);
            Optional<BigDecimal> projected = times(arrAfter.get(c), applied);
            classes.add(new ClassOutlook(c, n, classArr,
                    n == 0 ? Optional.empty() : Optional.of(classArr.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)),
                    own, applied, clean(accountsAfter.get(c)), arrAfter.get(c), base, projected));
            total = total.add(classArr);
            baseline = add(baseline, base, classArr);
            projection = add(projection, projected, arrAfter.get(c));
        }
        Optional<BigDecimal> difference = baseline.isPresent() && projection.isPresent()
                ? Optional.of(projection.get().subtract(baseline.get())) : Optional.empty();
        Map<LoyaltyClass, Double> before = new EnumMap<>(LoyaltyClass.class);
        accounts.forEach((c, n) -> before.put(c, (double) n));
        return new SimulationResult(scenario, converter.baseCurrency(), overall.period(), overall.nrr(), classes, total,
                baseline, projection, difference, accountNps(before), accountNps(accountsAfter));
    }

    /** {@code amount * nrr}; empty without an NRR. */
    private static Optional<BigDecimal> times(BigDecimal amount, OptionalDouble nrr) {
        return nrr.isPresent() ? Optional.of(amount.multiply(BigDecimal.valueOf(nrr.getAsDouble()))) : Optional.empty();
    }

    /** The running sum; it becomes empty once a class that holds ARR has no projection. */
    private static Optional<BigDecimal> add(Optional<BigDecimal> sum, Optional<BigDecimal> part, BigDecimal classArr) {
        if (sum.isEmpty()) {
            return sum;
        }
        if (part.isEmpty()) {
            return classArr.signum() == 0 ? sum : Optional.empty();
        }
        return Optional.of(sum.get().add(part.get()));
    }

    /** Account-level NPS over (possibly fractional) class counts; non-responders are not counted. */
    static OptionalDouble accountNps(Map<LoyaltyClass, Double> counts) {
        double p = counts.getOrDefault(LoyaltyClass.PROMOTER, 0.0);
        double d = counts.getOrDefault(LoyaltyClass.DETRACTOR, 0.0);
        double n = p + d + counts.getOrDefault(LoyaltyClass.PASSIVE, 0.0);
        return n <= 1e-12 ? OptionalDouble.empty() : OptionalDouble.of(100 * (p - d) / n);
    }

    /** Removes the floating-point dust of repeated subtraction (1e-15 accounts). */
    private static double clean(double accounts) {
        return Math.abs(accounts) < 1e-9 ? 0 : accounts;
    }
}
