package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.data.DataVersionService;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.health.HealthScoring;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.RenewalLedger;
import org.accountsuccess.kpi.retention.RetentionLedger;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A data set imported into the standalone store gives, through the api services, the figures the
 * engine computes directly from the same records; a bad file changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportFiguresIT {
    private static final KpiParameters PARAMETERS = KpiParameters.defaults();
    private static final DateWindow YEAR = DateWindow.lookback(SmallTenant.AS_OF, 365);

    @Inject
    private DataSetService dataSets;
    @Inject
    private DataVersionService versions;
    @Inject
    private NpsService nps;
    @Inject
    private RetentionService retention;
    @Inject
    private RenewalService renewals;
    @Inject
    private AccountScorecardService scorecards;

    private final SmallTenant tenant = new SmallTenant(42, 40);
    private final CurrencyConverter converter = new CurrencyConverter(ExchangeRateTable.single("EUR"));

    @Configuration
    public Option[] config() {
        // no demo data here: the test replaces the store's content with its own tenant
        return KarafDistribution.options(editConfigurationFilePut("etc/org.accountsuccess.demo.cfg", "load", "false"));
    }

    @Test
    public void importedFiguresEqualTheEngines() throws Exception {
        importTenant();

        for (NpsLevel level : NpsLevel.values()) {
            NpsResult expected = expectedPortfolio(YEAR).nps(level);
            NpsResult actual = nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, level));
            assertThat(actual.n()).as(level + " n").isEqualTo(expected.n());
            assertThat(actual.promoters()).as(level + " promoters").isEqualTo(expected.promoters());
            assertThat(actual.detractors()).as(level + " detractors").isEqualTo(expected.detractors());
            assertThat(actual.value()).as(level + " value").isEqualTo(expected.value());
        }

        RetentionReport expectedRetention = expectedRetention(YEAR);
        RetentionReport actualRetention = retention.retention(YEAR, AccountFilter.ALL);
        assertThat(actualRetention.cohort()).isEqualTo(expectedRetention.cohort());
        assertThat(actualRetention.startMrr()).isEqualByComparingTo(expectedRetention.startMrr());
        assertThat(actualRetention.churned()).isEqualByComparingTo(expectedRetention.churned());
        assertThat(actualRetention.nrr().getAsDouble()).isCloseTo(expectedRetention.nrr().getAsDouble(), within(1e-12));
        assertThat(actualRetention.grr().getAsDouble()).isCloseTo(expectedRetention.grr().getAsDouble(), within(1e-12));

        RenewalReport expectedRenewals = expectedRenewals(YEAR);
        RenewalReport actualRenewals = renewals.renewals(YEAR, AccountFilter.ALL);
        assertThat(actualRenewals.due()).isEqualTo(expectedRenewals.due());
        assertThat(actualRenewals.renewed()).isEqualTo(expectedRenewals.renewed());
        assertThat(actualRenewals.rateValue()).isEqualTo(expectedRenewals.rateValue());

        Map<String, AccountScorecard> actual = scorecards.scorecards(AccountFilter.ALL, SmallTenant.AS_OF).stream()
                .collect(Collectors.toMap(s -> s.account().id(), s -> s));
        List<AccountFacts> expected = List.copyOf(expectedPortfolio(DateWindow.lookback(SmallTenant.AS_OF, 365))
                .accounts());
        assertThat(actual).hasSize(expected.size());
        for (AccountFacts facts : expected) {
            AccountScorecard want = facts.scorecard(converter,
                    new HealthScoring(HealthParameters.defaults(), KpiParameters.defaults()).score(facts, converter), HostDataStatus.live());
            AccountScorecard got = actual.get(facts.account().id());
            assertThat(got.loyalty().accountNps()).as(facts.account().id()).isEqualTo(want.loyalty().accountNps());
            assertThat(got.loyalty().loyaltyClass()).isEqualTo(want.loyalty().loyaltyClass());
            assertThat(got.mrr()).isEqualByComparingTo(want.mrr());
            assertThat(got.coverage()).isEqualTo(want.coverage());
            assertThat(got.communicationGap()).isEqualTo(want.communicationGap());
            assertThat(got.overContact()).isEqualTo(want.overContact());
            assertThat(got.nextRenewal().map(r -> r.contract().id())).isEqualTo(want.nextRenewal().map(r -> r.contract().id()));
            assertThat(got.health().score()).as(facts.account().id()).isEqualTo(want.health().score());
            assertThat(got.health().missing()).isEqualTo(want.health().missing());
        }
    }

    @Test
    public void aContactOfAnUnknownAccountChangesNothingAndNamesTheLine() throws Exception {
        importTenant();
        NpsResult before = nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.RESPONSE));

        Path bad = Files.createTempDirectory("bad-data-set");
        new SmallTenant(7, 5).writeTo(bad);
        List<String> lines = Files.readAllLines(bad.resolve("contacts.csv"));
        lines.set(3, lines.get(3).replaceFirst(",acc-\\d+,", ",no-such-account,"));
        Files.write(bad.resolve("contacts.csv"), lines);

        assertThatThrownBy(() -> dataSets.importDataSet(bad, ImportMode.MERGE, ImportProgress.NONE))
                .isInstanceOfSatisfying(DataSetRejectedException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.file()).isEqualTo("contacts.csv");
                            assertThat(error.line()).isEqualTo(4);
                            assertThat(error.column()).isEqualTo("account_id");
                            assertThat(error.value()).isEqualTo("no-such-account");
                        }));
        assertThat(nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.RESPONSE))).isEqualTo(before);
        assertThat(scorecards.scorecards(AccountFilter.ALL, SmallTenant.AS_OF)).hasSize(tenant.accounts.size());
    }

    private void importTenant() throws Exception {
        Path folder = Files.createTempDirectory("small-tenant");
        tenant.writeTo(folder);
        dataSets.importDataSet(folder, ImportMode.REPLACE, ImportProgress.NONE);
        versions.refresh(); // the figures below come from the version that holds the import
    }

    /** The engine's portfolio over the window, fed from the records directly. */
    private AccountPortfolio expectedPortfolio(DateWindow window) {
        AccountPortfolio portfolio = new AccountPortfolio(tenant.accounts, window, PARAMETERS);
        tenant.contacts.forEach(portfolio::addContact);
        tenant.responses.forEach(portfolio::addResponse); // the portfolio skips those after the window
        tenant.contracts.forEach(portfolio::addContract);
        tenant.activities.forEach(portfolio::addActivity);
        return portfolio;
    }

    private RetentionReport expectedRetention(DateWindow period) {
        RetentionLedger ledger = new RetentionLedger(period, converter);
        tenant.contracts.forEach(c -> ledger.add(c, account(c.accountId())));
        return ledger.report();
    }

    private RenewalReport expectedRenewals(DateWindow period) {
        RenewalLedger ledger = new RenewalLedger(period, converter);
        tenant.contracts.forEach(c -> ledger.addCandidate(c, account(c.accountId())));
        tenant.contracts.forEach(ledger::addRenewal);
        return ledger.report();
    }

    private org.accountsuccess.host.spi.Account account(String id) {
        return tenant.accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
