package org.accountsuccess.benchmarks;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.core.AccountViewsComponent;
import org.accountsuccess.core.HealthComponent;
import org.accountsuccess.core.HealthConfiguration;
import org.accountsuccess.core.RenewalPipelineComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analytics services (health score, its backtest, the renewal pipeline and the portfolio
 * views) over the same generated tenants as {@link CoreServicesBenchmark}, with the same setup
 * ({@link TenantBenchmarkBase}). Components are built as bundles/core's tests build them: the
 * health configuration is the annotation's defaults, no revenue ledger (the matrix uses ARR), no
 * integrator health factor. Every call reads the host afresh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class AnalyticsBenchmark extends TenantBenchmarkBase {
    /** The what-if the simulation benchmark asks: half the passive accounts become promoters. */
    static final Scenario HALF_THE_PASSIVES_PROMOTED = new Scenario(AS_OF,
            List.of(new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PROMOTER, 0.5)));

    private HealthComponent health;
    private RenewalPipelineComponent renewals;
    private AccountViewsComponent views;

    @Override
    void bind() {
        HealthConfiguration config = defaults(HealthConfiguration.class);
        health = new HealthComponent(binding, settings, config);
        renewals = new RenewalPipelineComponent(binding, settings, health, config);
        views = new AccountViewsComponent(binding, settings);
    }

    /** The configuration DS hands over when none is set: every property at its annotation default. */
    static <A> A defaults(Class<A> annotation) {
        return annotation.cast(Proxy.newProxyInstance(annotation.getClassLoader(), new Class<?>[] {annotation},
                (proxy, method, args) -> method.getDefaultValue()));
    }

    /** Every account's health score. */
    @Benchmark
    public List<HealthScore> portfolioHealth() {
        return health.health(AccountFilter.ALL, AS_OF);
    }

    /** One account's health score, a different account each call. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<HealthScore> accountHealth() {
        return health.health(nextAccountId(), AS_OF);
    }

    /** The health backtest over a year: scores a year before the as-of day against renewals and churn since. */
    @Benchmark
    public HealthBacktest healthBacktest() {
        return health.backtest(AS_OF.minusDays(365), AS_OF, AccountFilter.ALL);
    }

    /** The renewal pipeline over the default horizon ({@code pipeline.days}). */
    @Benchmark
    public RenewalPipeline renewalPipeline() {
        return renewals.pipeline(AS_OF, OptionalInt.empty(), AccountFilter.ALL);
    }

    /** The success matrix, ARR against the account's loyalty. */
    @Benchmark
    public SuccessMatrix successMatrix() {
        return views.matrix(AS_OF, MatrixMeasure.ARR, AccountFilter.ALL);
    }

    /** The lifecycle (Pareto) view at the default head share. */
    @Benchmark
    public LifecycleReport lifecycle() {
        return views.lifecycle(AS_OF, OptionalDouble.empty(), AccountFilter.ALL);
    }

    /** Climbers and fallers over a year. */
    @Benchmark
    public MovementReport climbersAndFallers() {
        return views.movements(YEAR, AccountFilter.ALL);
    }

    /** Revenue-weighted drivers over a year. */
    @Benchmark
    public DriverReport drivers() {
        return views.drivers(YEAR, AccountFilter.ALL);
    }

    /** The revenue simulator: half the passives promoted. */
    @Benchmark
    public SimulationResult simulation() {
        return views.simulate(HALF_THE_PASSIVES_PROMOTED, AccountFilter.ALL);
    }
}
