package org.accountsuccess.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.core.NpsComponent;
import org.accountsuccess.core.RetentionComponent;
import org.accountsuccess.core.ScorecardComponent;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.health.HealthScoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The core services over a generated tenant held by {@link InMemoryHost}, as the product computes
 * them on a request: every call reads the host afresh (nothing is cached between calls).
 * The tenant setup is {@link TenantBenchmarkBase}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class CoreServicesBenchmark extends TenantBenchmarkBase {
    private ScorecardComponent scorecards;
    private NpsComponent nps;
    private RetentionComponent retention;

    @Override
    void bind() {
        HealthScoring health = new HealthScoring(HealthParameters.defaults(), PARAMETERS);
        scorecards = new ScorecardComponent(binding, settings, converter -> facts -> health.score(facts, converter));
        nps = new NpsComponent(binding, settings);
        retention = new RetentionComponent(binding, settings);
    }

    /** (a) Portfolio recompute: every account's scorecard. */
    @Benchmark
    public List<AccountScorecard> portfolioScorecards() {
        return scorecards.scorecards(AccountFilter.ALL, AS_OF);
    }

    /** (b) One account's scorecard, a different account each call. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<AccountScorecard> accountScorecard() {
        return scorecards.scorecard(nextAccountId(), AS_OF);
    }

    /** (c) NPS over a year, every response counted. */
    @Benchmark
    public NpsResult npsPerResponse() {
        return nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.RESPONSE));
    }

    /** (c) NPS over a year, each contact's latest response counted. */
    @Benchmark
    public NpsResult npsPerContact() {
        return nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.CONTACT));
    }

    /**
     * Baseline for (c): only the host's part of an NPS call, the records it reads (every account,
     * every contact, the year's responses) built and handed over, without the engine.
     */
    @Benchmark
    public void hostReadsOfNps(Blackhole sink) {
        try (Stream<Account> accounts = host.accounts();
                Stream<Contact> contacts = host.allContacts();
                Stream<SurveyResponse> responses = host.responses(SurveyQuery.tenant(YEAR.toTimeRange(PARAMETERS.zone())))) {
            accounts.forEach(sink::consume);
            contacts.forEach(sink::consume);
            responses.forEach(sink::consume);
        }
    }

    /** (d) Retention over a year. */
    @Benchmark
    public RetentionReport retentionOverAYear() {
        return retention.retention(YEAR, AccountFilter.ALL);
    }
}
