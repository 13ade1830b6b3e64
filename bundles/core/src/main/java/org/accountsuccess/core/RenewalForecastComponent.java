package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.renewal.RenewalForecastService;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.forecast.ForecastParameters;
import org.accountsuccess.kpi.forecast.PastRenewal;
import org.accountsuccess.kpi.forecast.RenewalForecasting;
import org.accountsuccess.kpi.forecast.RenewalModel;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.retention.RenewalLedger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renewal forecast over the host's data. The model learns from every account's due contracts
 * that ended in the {@code forecast.history.days} before the as-of day, with the built-in health
 * factors read {@code forecast.lead.days} before each end date, and is kept per data version. The
 * renewal factor is not a feature: on a past day it reads whether a renewal exists in today's data,
 * which is the outcome itself. Settings: {@code forecast.*} of {@value HealthConfiguration#PID}.
 *
 * <p>Fitting takes seconds on a large tenant (8 s at M), so a background task fits today's model
 * every {@value #WARM_SECONDS} s when the data version has moved: the first caller after an import
 * finds it in the cache instead of waiting.
 */
@Component(service = RenewalForecastService.class, configurationPid = HealthConfiguration.PID)
public class RenewalForecastComponent extends HostBackedComponent implements RenewalForecastService {
    static final List<String> FEATURES = HealthParameters.defaultWeights().keySet().stream()
            .filter(f -> !f.equals(HealthParameters.RENEWAL)).toList();

    /** One account's factor scores on one day. */
    private record Scored(String accountId, LocalDate day) {
    }

    /** How often the background task looks for a new data version to fit today's model for. */
    static final long WARM_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(RenewalForecastComponent.class);

    private final AccountHealth health;
    private volatile ForecastParameters parameters;
    private final AtomicInteger fits = new AtomicInteger();
    private final ScheduledExecutorService warmer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "accountsuccess-forecast-warm");
        t.setDaemon(true);
        return t;
    });
    private volatile long warmedVersion = -1;

    @Activate
    public RenewalForecastComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings, @Reference(name = "health") AccountHealth health,
            HealthConfiguration config) {
        super(host, settings);
        this.health = health;
        configure(config);
        warmer.scheduleWithFixedDelay(this::warm, WARM_SECONDS, WARM_SECONDS, TimeUnit.SECONDS);
    }

    /** Lets a fit in progress finish (it reads the host; an interrupt could break a database connection). */
    @Deactivate
    void stop() {
        warmer.shutdown();
    }

    @Modified
    void configure(HealthConfiguration c) {
        try {
            parameters = new ForecastParameters(c.forecast_lead_days(), c.forecast_history_days(),
                    c.forecast_min_outcomes(), c.forecast_holdout_share(), c.forecast_penalty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(HealthConfiguration.PID + ": " + e.getMessage(), e);
        }
    }

    @Override
    public RenewalForecast forecast(LocalDate asOf, LocalDate from, LocalDate to, AccountFilter filter) {
        ForecastParameters p = parameters;
        List<Object> forecastKey = List.of(asOf, from, to, filter, p, health.revision());
        return cached("renewal-forecast", forecastKey, reader -> {
            RenewalModel model = model(reader, asOf, p);
            RenewalForecasting forecasting = new RenewalForecasting(asOf, from, to, model);
            Map<String, Account> accounts = reader.accounts(filter);
            Map<RenewalDue, Scored> due = new LinkedHashMap<>();
            for (AccountFacts facts : reader.portfolioAsOf(accounts, asOf, EnumSet.allOf(Feed.class)).accounts()) {
                facts.dueUnrenewed(to, reader.converter()).stream().filter(forecasting::inWindow)
                        .forEach(d -> due.put(d, scored(d.contract().accountId(), d.contract().endDate(), asOf, p)));
            }
            Map<Scored, double[]> factors = factors(reader, accounts, due.values());
            due.forEach((d, s) -> forecasting.add(d, accounts.get(s.accountId()), s.day(), factors.get(s)));
            return forecasting.forecast(reader.converter().baseCurrency());
        });
    }

    /**
     * Fits today's model (tenant time zone) when the data version moved since the last time, so
     * that it is in the cache before anybody asks; a host that cannot be read now is tried again
     * at the next run.
     */
    void warm() {
        try {
            HostReader reader = reader();
            long version = reader.snapshot().version().version();
            if (version == warmedVersion) {
                return;
            }
            LocalDate today = LocalDate.now(reader.parameters().zone());
            long start = System.nanoTime();
            model(reader, today, parameters);
            warmedVersion = version;
            LOG.info("Renewal forecast: the model of {} is ready for data version {} ({} ms)", today, version,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("Renewal forecast: no model fitted ahead this time", e);
        }
    }

    /** How many models were fitted (each data version and as-of day once, unless evicted from the cache). */
    int fits() {
        return fits.get();
    }

    /** The model as of {@code asOf}, from the cache of the reader's data version or fitted now. */
    private RenewalModel model(HostReader reader, LocalDate asOf, ForecastParameters p) {
        return cached(reader, "renewal-model", List.of(asOf, p, health.revision()), r -> fit(r, asOf, p));
    }

    /** Fitted on the due contracts of every account that ended in the history before {@code asOf}. */
    private RenewalModel fit(HostReader reader, LocalDate asOf, ForecastParameters p) {
        fits.incrementAndGet();
        DateWindow history = new DateWindow(asOf.minusDays(p.historyDays()), asOf.minusDays(1));
        Map<String, Account> accounts = reader.accounts(AccountFilter.ALL);
        RenewalLedger ledger = new RenewalLedger(history, reader.converter());
        reader.contracts(accounts, history, ledger::addCandidate);
        reader.renewalsOf(ledger.dueIds(), ledger::addRenewal);
        Map<DueContract, Scored> past = new LinkedHashMap<>();
        ledger.report().contracts().forEach(
                d -> past.put(d, scored(d.contract().accountId(), d.contract().endDate(), asOf, p)));
        Map<Scored, double[]> factors = factors(reader, accounts, past.values());
        List<PastRenewal> rows = new ArrayList<>();
        past.forEach((d, s) -> rows.add(new PastRenewal(d.contract().id(), d.contract().endDate(), factors.get(s),
                d.renewed())));
        return RenewalModel.fit(FEATURES, rows, history.from(), p);
    }

    /** The day a contract ending on {@code end} is scored on: the lead before its end, never after {@code asOf}. */
    private static Scored scored(String accountId, LocalDate end, LocalDate asOf, ForecastParameters p) {
        LocalDate day = end.minusDays(p.leadDays());
        return new Scored(accountId, day.isAfter(asOf) ? asOf : day);
    }

    /** The feature scores (NaN where a factor has no data) of each wanted account and day, one portfolio per day. */
    private Map<Scored, double[]> factors(HostReader reader, Map<String, Account> accounts,
            Collection<Scored> wanted) {
        Map<LocalDate, Set<String>> byDay = new TreeMap<>();
        wanted.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new TreeSet<>()).add(s.accountId()));
        Function<AccountFacts, HealthScore> scorer = health.scorer(reader.converter());
        Map<Scored, double[]> factors = new HashMap<>();
        byDay.forEach((day, ids) -> {
            Map<String, Account> some = new HashMap<>();
            ids.forEach(id -> some.put(id, accounts.get(id)));
            for (AccountFacts facts : reader.portfolioAsOf(some, day, EnumSet.allOf(Feed.class)).accounts()) {
                factors.put(new Scored(facts.account().id(), day), features(scorer.apply(facts)));
            }
        });
        return factors;
    }

    private static double[] features(HealthScore score) {
        double[] x = new double[FEATURES.size()];
        Arrays.fill(x, Double.NaN);
        for (FactorScore f : score.factors()) {
            int i = FEATURES.indexOf(f.factor());
            if (i >= 0) {
                x[i] = f.score();
            }
        }
        return x;
    }
}
