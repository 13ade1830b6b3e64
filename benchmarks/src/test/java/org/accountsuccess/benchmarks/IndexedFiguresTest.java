package org.accountsuccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.accountsuccess.core.AccountViewsComponent;
import org.accountsuccess.core.HealthComponent;
import org.accountsuccess.core.HealthConfiguration;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.HostPorts;
import org.accountsuccess.core.KpiSettings;
import org.accountsuccess.core.NpsComponent;
import org.accountsuccess.core.RenewalComponent;
import org.accountsuccess.core.RenewalPipelineComponent;
import org.accountsuccess.core.RetentionComponent;
import org.accountsuccess.core.ScorecardComponent;
import org.accountsuccess.core.TimelineComponent;
import org.accountsuccess.core.TopicsComponent;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every api service computed from the fact index equals the same service computed by the engine
 * fed the host's records directly (the reference path), over a generated tenant of size S, for
 * several as-of days, filters and a rep's scope. The index path runs with its result cache on, and
 * every question is asked twice, so cached answers are checked too.
 */
class IndexedFiguresTest {
    private static final LocalDate AS_OF = TenantGenerator.AS_OF;
    private static final List<LocalDate> DAYS = List.of(AS_OF, AS_OF.minusDays(100), AS_OF.minusDays(400));
    private static InMemoryHost host;
    private static Services reference;
    private static Services indexed;
    private static List<AccountFilter> filters;
    private static List<String> someAccounts;

    /** The services over one binding. */
    private record Services(NpsComponent nps, ScorecardComponent scorecards, RetentionComponent retention,
            RenewalComponent renewals, TimelineComponent timelines, HealthComponent health,
            RenewalPipelineComponent pipeline, AccountViewsComponent views) {
        static Services over(HostBinding binding) {
            KpiSettings settings = KpiParameters::defaults;
            HealthConfiguration config = AnalyticsBenchmark.defaults(HealthConfiguration.class);
            HealthComponent health = new HealthComponent(binding, settings, config);
            return new Services(new NpsComponent(binding, settings), new ScorecardComponent(binding, settings, health),
                    new RetentionComponent(binding, settings), new RenewalComponent(binding, settings),
                    new TimelineComponent(binding, settings, new TopicsComponent(binding, settings, null)), health,
                    new RenewalPipelineComponent(binding, settings, health, config),
                    new AccountViewsComponent(binding, settings));
        }
    }

    @BeforeAll
    static void bothPaths() {
        host = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED);
        reference = Services.over(new HostBinding(host, host, host, host, host, null, null));
        indexed = Services.over(HostBinding.versioned(new HostPorts(host, host, host, host, host, null, null),
                () -> 1L, 64));
        List<Account> accounts = host.accounts().toList();
        Map<String, List<String>> byOwner = accounts.stream().filter(a -> a.owner() != null)
                .collect(Collectors.groupingBy(Account::owner, TreeMap::new,
                        Collectors.mapping(Account::id, Collectors.toList())));
        String rep = byOwner.keySet().iterator().next();
        filters = List.of(AccountFilter.ALL,
                new AccountFilter(null, "Enterprise", null, null),
                new AccountFilter(null, null, 1, null),
                new AccountFilter(null, null, null, rep),
                // a rep's scope, as REST hands it over: the accounts they may see
                new AccountFilter(Set.copyOf(byOwner.get(rep)), null, null, null),
                new AccountFilter(Set.of(accounts.get(17).id()), null, null, null));
        someAccounts = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i += 97) {
            someAccounts.add(accounts.get(i).id());
        }
    }

    /** Asks both paths, twice on the index (the second answer comes from the cache), and compares. */
    private static <T> void same(String what, Function<Services, T> question) {
        T expected = question.apply(reference);
        assertThat(question.apply(indexed)).as(what).isEqualTo(expected);
        assertThat(question.apply(indexed)).as(what + " (cached)").isEqualTo(expected);
    }

    /** The scorecard as the reference path gives it: the index stamps its data status with its version. */
    private static AccountScorecard unstamped(AccountScorecard s) {
        assertThat(s.dataStatus().version()).as("reference path 0, index version 1").isIn(0L, 1L);
        return new AccountScorecard(s.account(), s.asOf(), s.baseCurrency(), s.mrr(), s.arr(), s.loyalty(),
                s.nextRenewal(), s.coverage(), s.communicationGap(), s.overContact(), s.health(),
                HostDataStatus.live());
    }

    @Test
    void npsAtEveryLevelAndRates() {
        for (LocalDate day : DAYS) {
            DateWindow year = DateWindow.lookback(day, 365);
            for (AccountFilter filter : filters) {
                for (NpsLevel level : NpsLevel.values()) {
                    same("nps " + level + " " + day + " " + filter, s -> s.nps().nps(new NpsQuery(year, filter, level)));
                }
                same("response rate " + day + " " + filter, s -> s.nps().responseRate(year, filter));
                same("revenue-weighted " + day + " " + filter, s -> s.nps().revenueWeighted(day, filter));
            }
        }
    }

    @Test
    void scorecardsStakeholdersAndTimelines() {
        for (LocalDate day : DAYS) {
            for (AccountFilter filter : filters) {
                same("scorecards " + day + " " + filter,
                        s -> s.scorecards().scorecards(filter, day).stream().map(IndexedFiguresTest::unstamped).toList());
            }
            for (String id : someAccounts) {
                same("scorecard " + id + " " + day, s -> s.scorecards().scorecard(id, day).map(IndexedFiguresTest::unstamped));
                same("stakeholders " + id + " " + day, s -> s.scorecards().stakeholders(id, day));
                same("coverage " + id + " " + day, s -> s.scorecards().coverage(id, day));
                same("timeline " + id + " " + day, s -> s.timelines().timeline(id,
                        new TimelineQuery(DateWindow.lookback(day, 365), Set.of(), 0, 500)));
            }
        }
    }

    @Test
    void retentionAndRenewalsWithTheirCuts() {
        for (LocalDate day : DAYS) {
            DateWindow year = DateWindow.lookback(day, 365);
            for (AccountFilter filter : filters) {
                same("mrr " + day + " " + filter, s -> s.retention().mrrAt(day, filter));
                same("retention " + day + " " + filter, s -> s.retention().retention(year, filter));
                same("renewals " + day + " " + filter, s -> s.renewals().renewals(year, filter));
            }
            for (AccountDimension dimension : AccountDimension.values()) {
                same("retention by " + dimension + " " + day,
                        s -> s.retention().retentionBy(year, AccountFilter.ALL, dimension));
                same("renewals by " + dimension + " " + day,
                        s -> s.renewals().renewalsBy(year, AccountFilter.ALL, dimension));
            }
        }
    }

    @Test
    void healthBacktestAndPipeline() {
        for (LocalDate day : DAYS) {
            for (AccountFilter filter : filters) {
                same("health " + day + " " + filter, s -> s.health().health(filter, day));
                same("pipeline " + day + " " + filter, s -> s.pipeline().pipeline(day, OptionalInt.empty(), filter));
            }
            for (String id : someAccounts) {
                same("health trend " + id + " " + day, s -> s.health().trend(id, day, 6));
            }
        }
        same("backtest", s -> s.health().backtest(AS_OF.minusDays(365), AS_OF, AccountFilter.ALL));
    }

    @Test
    void portfolioViews() {
        Scenario scenario = new Scenario(AS_OF, List.of(new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PROMOTER, 0.5)));
        for (LocalDate day : DAYS) {
            DateWindow year = DateWindow.lookback(day, 365);
            for (AccountFilter filter : filters) {
                same("matrix " + day + " " + filter, s -> s.views().matrix(day, MatrixMeasure.ARR, filter));
                same("lifecycle " + day + " " + filter, s -> s.views().lifecycle(day, OptionalDouble.empty(), filter));
                same("movements " + day + " " + filter, s -> s.views().movements(year, filter));
                same("drivers " + day + " " + filter, s -> s.views().drivers(year, filter));
                same("simulation " + filter, s -> s.views().simulate(scenario, filter));
            }
        }
    }
}
