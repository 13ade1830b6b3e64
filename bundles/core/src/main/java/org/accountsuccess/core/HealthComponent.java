package org.accountsuccess.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthFactor;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.health.Backtest;
import org.accountsuccess.kpi.health.FactorResult;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.health.HealthScoring;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health scores over the host's data: the seven built-in factors plus every {@link HealthFactor}
 * an integrator registers (whiteboard), weighted by {@value HealthConfiguration#PID}. A bad
 * configuration value is logged and refused, naming the property and the entry: the component
 * then does not start (and the scorecards and the pipeline that show health go away) rather than
 * score with weights nobody chose. An integrator's factor that throws, returns nothing or answers
 * too late is reported missing with the reason; it never breaks a score.
 */
@Component(service = {HealthService.class, AccountHealth.class}, configurationPid = HealthConfiguration.PID)
@Designate(ocd = HealthConfiguration.class)
public class HealthComponent extends HostBackedComponent implements HealthService, AccountHealth {
    private static final Logger LOG = LoggerFactory.getLogger(HealthComponent.class);
    private static final Set<String> BUILT_IN = HealthParameters.defaultWeights().keySet();

    /** An integrator's factor as registered. */
    private record Contributed(String name, HealthFactor factor, double declaredWeight) {
    }

    private final List<Contributed> contributed = new CopyOnWriteArrayList<>();
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "accountsuccess-health-factor");
        t.setDaemon(true);
        return t;
    });
    private volatile HealthRules rules;
    private volatile long timeoutMs;

    /** A component whose configuration has no health rules (tests, benchmarks). */
    public HealthComponent(HostBinding host, KpiSettings settings, HealthConfiguration config) {
        this(host, settings, config, Map.of());
    }

    @Activate
    public HealthComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings, HealthConfiguration config,
            Map<String, Object> properties) {
        super(host, settings);
        configure(config, properties);
    }

    /** Takes the configuration, with the health rules ({@code rule.<name>.*}) among its properties. */
    @Modified
    void configure(HealthConfiguration config, Map<String, Object> properties) {
        try {
            HealthRules checked = HealthRules.of(toParameters(config), properties);
            checkTimeout(config);
            rules = checked;
        } catch (IllegalArgumentException e) {
            LOG.error("Health score configuration refused: {}", e.getMessage());
            throw e;
        }
        timeoutMs = config.factor_timeout_ms();
    }

    @Deactivate
    void stop() {
        calls.shutdownNow();
    }

    @Reference(name = "factor", service = HealthFactor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeFactor")
    void addFactor(HealthFactor factor, Map<String, Object> properties) {
        Object name = properties.get(HealthFactor.NAME);
        if (!(name instanceof String n) || !n.matches("[a-z0-9][a-z0-9._-]*")) {
            LOG.warn("Health factor {} ignored: service property '{}' = '{}' is not a lower-case name", factor,
                    HealthFactor.NAME, name);
            return;
        }
        if (BUILT_IN.contains(n) || contributed.stream().anyMatch(c -> c.name().equals(n))) {
            LOG.warn("Health factor {} ignored: the name '{}' is taken", factor, n);
            return;
        }
        contributed.add(new Contributed(n, factor, declaredWeight(n, properties.get(HealthFactor.DEFAULT_WEIGHT))));
        LOG.info("Health factor '{}' added", n);
    }

    void removeFactor(HealthFactor factor, Map<String, Object> properties) {
        if (contributed.removeIf(c -> c.factor() == factor)) {
            LOG.info("Health factor '{}' removed", properties.get(HealthFactor.NAME));
        }
    }

    @Override
    public Optional<HealthScore> health(String accountId, LocalDate asOf) {
        HostReader reader = reader();
        return portfolio(reader, new AccountFilter(Set.of(accountId), null, null, null), asOf)
                .account(accountId).map(scorer(reader.converter()));
    }

    @Override
    public List<HealthScore> health(AccountFilter filter, LocalDate asOf) {
        return cached("health", List.of(filter, asOf, revision()),
                reader -> portfolio(reader, filter, asOf).accounts().stream().map(scorer(reader.converter())).toList());
    }

    @Override
    public Object revision() {
        return List.of(rules, contributed.stream()
                .map(c -> c.name() + "@" + System.identityHashCode(c.factor())).toList());
    }

    @Override
    public Optional<List<HealthScore>> trend(String accountId, LocalDate to, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a health trend needs at least 1 month, was " + months);
        }
        HostReader reader = reader();
        Map<String, Account> account = reader.accounts(new AccountFilter(Set.of(accountId), null, null, null));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<HealthScore> points = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            LocalDate day = back == 0 ? to : YearMonth.from(to).minusMonths(back).atEndOfMonth();
            AccountFacts facts = reader.portfolioAsOf(account, day, EnumSet.allOf(Feed.class)).account(accountId)
                    .orElseThrow();
            points.add(scorer(reader.converter()).apply(facts));
        }
        return Optional.of(points);
    }

    @Override
    public HealthBacktest backtest(LocalDate asOf, LocalDate until, AccountFilter filter) {
        return cached("backtest", List.of(asOf, until, filter, revision()), reader -> {
            Backtest backtest = new Backtest(asOf, until);
            CurrencyConverter converter = reader.converter();
            Function<AccountFacts, HealthScore> scorer = scorer(converter);
            for (AccountFacts facts : portfolio(reader, filter, asOf).accounts()) {
                Backtest.dueEnd(facts, until, converter).ifPresent(end -> backtest.add(scorer.apply(facts),
                        Backtest.outcome(facts, until, converter).orElseThrow(), end));
            }
            return backtest.result();
        });
    }

    @Override
    public Function<AccountFacts, HealthScore> scorer(CurrencyConverter converter) {
        HealthRules current = rules;
        Map<String, HealthScoring> scorings = new HashMap<>();
        scorings.put(HealthScore.DEFAULT_RULE, new HealthScoring(current.base(), parameters()));
        current.rules().forEach(r -> scorings.put(r.name(), new HealthScoring(r.parameters(), parameters(), r.name())));
        List<Contributed> factors = List.copyOf(contributed);
        long timeout = timeoutMs;
        Set<String> timedOut = new HashSet<>();
        return facts -> {
            HealthScoring scoring = scorings.get(current.ruleFor(facts.account()).name());
            List<HealthScoring.Weighted> results = new ArrayList<>(scoring.builtIn(facts, converter));
            for (Contributed c : factors) {
                double weight = scoring.weightOf(c.name(), c.declaredWeight());
                if (weight > 0) {
                    results.add(new HealthScoring.Weighted(evaluate(c, facts, timeout, timedOut), weight));
                }
            }
            return scoring.score(facts.account().id(), facts.asOf(), results);
        };
    }

    private FactorResult evaluate(Contributed c, AccountFacts facts, long timeout, Set<String> timedOut) {
        if (timedOut.contains(c.name())) {
            return FactorResult.missing(c.name(), "no answer within " + timeout + " ms");
        }
        Future<Optional<FactorEvaluation>> call;
        try {
            call = calls.submit(() -> c.factor().evaluate(facts.account(), facts.asOf()));
        } catch (RuntimeException e) {
            return FactorResult.missing(c.name(), "not evaluated: the component is stopping");
        }
        try {
            Optional<FactorEvaluation> evaluation = call.get(timeout, TimeUnit.MILLISECONDS);
            return evaluation == null || evaluation.isEmpty()
                    ? FactorResult.missing(c.name(), "no data from this factor")
                    : new FactorResult(c.name(), evaluation, null);
        } catch (TimeoutException e) {
            call.cancel(true);
            timedOut.add(c.name());
            LOG.warn("Health factor '{}' gave no answer within {} ms (account {}): reported missing", c.name(),
                    timeout, facts.account().id());
            return FactorResult.missing(c.name(), "no answer within " + timeout + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warn("Health factor '{}' failed for account {}: reported missing", c.name(), facts.account().id(),
                    cause);
            return FactorResult.missing(c.name(), "failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return FactorResult.missing(c.name(), "not evaluated: interrupted");
        }
    }

    private static AccountPortfolio portfolio(HostReader reader, AccountFilter filter, LocalDate asOf) {
        return reader.portfolioAsOf(reader.accounts(filter), asOf, EnumSet.allOf(Feed.class));
    }

    private static double declaredWeight(String name, Object value) {
        if (value == null) {
            return 1;
        }
        try {
            double w = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
            if (w >= 0 && !Double.isInfinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("Health factor '{}': service property '{}' = '{}' is not a number >= 0; weight 1 used", name,
                HealthFactor.DEFAULT_WEIGHT, value);
        return 1;
    }

    /** The parameters of the configuration; a bad value is refused naming the property and the entry. */
    static HealthParameters toParameters(HealthConfiguration c) {
        Map<String, Double> weights = new LinkedHashMap<>(HealthParameters.defaultWeights());
        readWeights("weights", c.weights(), weights);
        try {
            return new HealthParameters(weights, c.band_green(), c.band_yellow(), c.engagement_zero_at_limits(),
                    c.tickets_window_days(), c.tickets_penalty(), c.mrr_trend_days(), c.mrr_trend_flat_score(),
                    c.mrr_trend_points_per_percent(), c.renewal_horizon_days());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(HealthConfiguration.PID + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the name=weight entries of {@code values} (several per value, comma-separated) into
     * {@code weights}; a bad or repeated entry is refused naming {@code property}.
     */
    static void readWeights(String property, String[] values, Map<String, Double> weights) {
        Set<String> named = new HashSet<>();
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        for (String entry : entries) {
            String[] parts = entry.split("=", -1);
            String name = parts[0].strip();
            Double weight = null;
            if (parts.length == 2) {
                try {
                    weight = Double.valueOf(parts[1].strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            if (weight == null || !(weight >= 0) || weight.isInfinite()
                    || !name.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException(HealthConfiguration.PID + ": '" + property + "' entry '" + entry
                        + "' is not name=weight with a lower-case name and a number >= 0");
            }
            if (!named.add(name)) {
                throw new IllegalArgumentException(HealthConfiguration.PID + ": '" + property + "' names '" + name
                        + "' twice");
            }
            weights.put(name, weight);
        }
    }

    private static void checkTimeout(HealthConfiguration c) {
        if (c.factor_timeout_ms() < 1) {
            throw new IllegalArgumentException(HealthConfiguration.PID + ": 'factor.timeout.ms' is "
                    + c.factor_timeout_ms() + ", must be >= 1");
        }
    }
}
