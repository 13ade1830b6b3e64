package org.accountsuccess.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.core.HealthComponent;
import org.accountsuccess.core.HealthConfiguration;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.RenewalComponent;
import org.accountsuccess.core.RetentionComponent;
import org.accountsuccess.core.ScorecardComponent;
import org.accountsuccess.core.TimelineComponent;
import org.accountsuccess.core.TopicsComponent;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.accountsuccess.host.spi.HostUnavailableException;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.store.StandaloneHost;
import org.accountsuccess.store.StoreConfiguration;
import org.accountsuccess.tryton.rpc.TrytonClient;
import org.accountsuccess.tryton.rpc.TrytonUnreachableException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Tryton host against a real Tryton server: the product's figures from Tryton, with the survey
 * responses from the store and with them from Tryton's survey model (the test module
 * {@code account_success_survey}), equal the figures from the same data imported as files into the
 * standalone store; a bad survey record fails the read naming record and field; follow-ups are
 * written once; a stopped Tryton gives stale figures, said so, and nothing breaks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrytonHostIT {
    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 15);
    private static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);
    private static final LocalDate TODAY = LocalDate.now(Clock.systemUTC());
    private static final DateWindow YEAR = new DateWindow(LocalDate.of(2025, 7, 1), MID_2026);

    private TrytonServer server;
    private TrytonHost tryton;
    private StandaloneHost store;
    private HostBinding fromTryton;
    private HostBinding fromFiles;
    private HostBinding allFromTryton;

    @BeforeAll
    void startTrytonAndSeedBothSides() throws Exception {
        Assumptions.assumeTrue(TrytonServer.installed(),
                "trytond is not installed (apt-get install tryton-server tryton-modules-...): Tryton ITs skipped");
        Path work = Path.of(System.getProperty("tryton.work.dir", "target/trytond"));
        server = TrytonServer.start(work);
        Path files = work.resolve("dataset");
        try (TrytonClient client = new TrytonClient(server.endpoint())) {
            TrytonSeed.seed(client, files);
        }
        tryton = new TrytonHost(server.endpoint(), TrytonMapping.from(withSurveys()), Clock.systemUTC());
        assertThat(tryton.status().freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(tryton.refresh().freshness()).isEqualTo(Freshness.LIVE);

        JdbcDataSource h2 = new JdbcDataSource();
        Files.deleteIfExists(work.resolve("store.mv.db"));
        h2.setURL("jdbc:h2:file:" + work.resolve("store").toAbsolutePath());
        store = new StandaloneHost(h2, defaults(StoreConfiguration.class));
        store.importDataSet(files, ImportMode.REPLACE, (phase, file, rows) -> { });
        fromTryton = new HostBinding(tryton, store, tryton, tryton, null, null, tryton);
        fromFiles = new HostBinding(store, store, store, store, null, null, null);
        allFromTryton = new HostBinding(tryton, tryton, tryton, tryton, null, null, tryton);
    }

    /** The defaults with the survey source on: the test module's models, the default field names. */
    private static TrytonConfiguration withSurveys() {
        return defaults(TrytonConfiguration.class, Map.of("survey_model", "account_success.survey.response",
                "survey_invitation_model", "account_success.survey.invitation"));
    }

    @AfterAll
    void stopTryton() throws Exception {
        if (tryton != null) {
            tryton.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theMappingGivesTheSeededAccountsContactsContractsAndActivities() {
        assertThat(tryton.accounts().map(a -> a.id() + " " + a.tier() + " " + a.segment() + " " + a.owner()))
                .containsExactlyInAnyOrder("acc-001 1 Enterprise u-rep1", "acc-002 3 SMB u-rep2", "acc-003 2 null null");
        assertThat(tryton.contacts("acc-001").map(c -> c.id() + " " + c.role() + " " + c.active()))
                .containsExactlyInAnyOrder("con-01 A true", "con-02 B true", "con-03 C false");
        assertThat(tryton.contacts("acc-002").map(c -> c.id())).containsExactly("con-04");
        // MRR from the lines: 3 x 100.00 monthly = 300; 1 x 4200.00 yearly / 12 = 350; 2 x 49.50 = 99; 1 x 500 = 500.
        assertThat(tryton.contracts(org.accountsuccess.host.spi.ContractQuery.ALL)
                .map(c -> c.accountId() + " " + c.mrr().stripTrailingZeros().toPlainString() + " " + c.renewalOf()))
                .hasSize(4).contains("acc-001 300 null", "acc-002 99 null", "acc-003 500 null")
                .anyMatch(s -> s.startsWith("acc-001 350 ") && !s.endsWith(" null"));
        assertThat(tryton.activities(new org.accountsuccess.host.spi.ActivityQuery(null,
                org.accountsuccess.host.spi.TimeRange.ALL, Set.of())).map(a -> a.type().code() + " " + a.status()))
                .containsExactlyInAnyOrder("support_ticket OPEN", "support_ticket CLOSED", "meeting null",
                        "call null", "other null");
    }

    @Test
    @Order(2)
    void scorecardsEqualTheFiguresOfTheSameDataImportedAsFiles() {
        for (LocalDate asOf : List.of(END_OF_2025, MID_2026, TODAY)) {
            List<AccountScorecard> live = scorecards(fromTryton).scorecards(AccountFilter.ALL, asOf);
            List<AccountScorecard> files = scorecards(fromFiles).scorecards(AccountFilter.ALL, asOf);
            assertThat(live).hasSize(3).allSatisfy(s -> assertThat(s.dataStatus().freshness()).isEqualTo(Freshness.LIVE));
            assertThat(live).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .withIgnoredFields("dataStatus").build())
                    .as("scorecards as of %s", asOf).containsExactlyInAnyOrderElementsOf(files);
        }
        AccountScorecard acme = scorecards(fromTryton).scorecard("acc-001", MID_2026).orElseThrow();
        // Jane's latest 10 (A, w 3) promoter, Joe 6 (B, w 2) detractor, Ann 10 (C, w 1) is older than 365 days
        // on 2026-06-30? 2025-10-05 is within (2025-06-30, 2026-06-30]: promoter. (3 - 2 + 1) / 6 * 100 = 33.33.
        assertThat(acme.loyalty().accountNps().getAsDouble()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.01));
        assertThat(acme.mrr()).isEqualByComparingTo("350");
    }

    @Test
    @Order(3)
    void surveyDataFromTrytonGivesTheFiguresOfTheSameResponsesImportedAsFiles() {
        assertThat(tryton.responses(org.accountsuccess.host.spi.SurveyQuery.tenant(
                org.accountsuccess.host.spi.TimeRange.ALL))).hasSize(6).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(store.responses(org.accountsuccess.host.spi.SurveyQuery.tenant(
                        org.accountsuccess.host.spi.TimeRange.ALL)).toList());
        assertThat(tryton.invitations(org.accountsuccess.host.spi.SurveyQuery.account("acc-001",
                org.accountsuccess.host.spi.TimeRange.ALL))).hasSize(2).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(store.invitations(org.accountsuccess.host.spi.SurveyQuery
                        .account("acc-001", org.accountsuccess.host.spi.TimeRange.ALL)).toList());
        for (LocalDate asOf : List.of(END_OF_2025, MID_2026, TODAY)) {
            List<AccountScorecard> live = scorecards(allFromTryton).scorecards(AccountFilter.ALL, asOf);
            assertThat(live).hasSize(3).allSatisfy(s -> assertThat(s.dataStatus().freshness()).isEqualTo(Freshness.LIVE));
            assertThat(live).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .withIgnoredFields("dataStatus").build())
                    .as("scorecards as of %s", asOf)
                    .containsExactlyInAnyOrderElementsOf(scorecards(fromFiles).scorecards(AccountFilter.ALL, asOf));
        }
        AccountScorecard acme = scorecards(allFromTryton).scorecard("acc-001", MID_2026).orElseThrow();
        assertThat(acme.loyalty().accountNps().getAsDouble()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    @Order(4)
    void aScoreOutsideTheScaleOrAPartyThatIsNoContactFailsTheReadNamingRecordAndField() throws Exception {
        try (TrytonClient client = new TrytonClient(server.endpoint())) {
            var ctx = client.context();
            long id = client.call("model.account_success.survey.response.search", client.array().add(client.array()
                    .add("score").add("=").add(3)), 0, 1, null, ctx).get(0).asLong();
            long contact = client.call("model.account_success.survey.response.read", client.array().add(id),
                    List.of("contact"), ctx).get(0).get("contact").asLong();
            long vendor = client.call("model.party.party.search", client.array().add(client.array().add("code")
                    .add("=").add("ven-001")), 0, 1, null, ctx).get(0).asLong();
            try {
                client.call("model.account_success.survey.response.write", client.array().add(id),
                        client.array().objectNode().put("score", 11), ctx);
                var status = tryton.refresh();
                assertThat(status.freshness()).isEqualTo(Freshness.STALE);
                assertThat(status.message()).isEqualTo("Tryton account_success.survey.response " + id
                        + ": field 'score' is 11, outside 0..10");
                assertThat(scorecards(allFromTryton).scorecard("acc-003", MID_2026)).isPresent();

                client.call("model.account_success.survey.response.write", client.array().add(id),
                        client.array().objectNode().put("score", 3).put("contact", vendor), ctx);
                assertThat(tryton.refresh().message()).isEqualTo("Tryton account_success.survey.response " + id
                        + ": field 'contact' names party " + vendor + " (ven-001), which is not a contact of an account");
            } finally {
                client.call("model.account_success.survey.response.write", client.array().add(id),
                        client.array().objectNode().put("score", 3).put("contact", contact), ctx);
            }
        }
        assertThat(tryton.refresh().freshness()).isEqualTo(Freshness.LIVE);
    }

    @Test
    @Order(5)
    void retentionRenewalsStakeholdersAndTimelineEqualTheFilesToo() {
        RetentionReport live = new RetentionComponent(fromTryton, KpiParameters::defaults).retention(YEAR,
                AccountFilter.ALL);
        RetentionReport files = new RetentionComponent(fromFiles, KpiParameters::defaults).retention(YEAR,
                AccountFilter.ALL);
        assertThat(live).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(files);
        // start 300 + 500 = 800; acc-001 expands by 50, acc-003 churns 500, acc-002 is new with 99.
        // GRR (800 - 500) / 800 = 0.375; NRR (800 + 50 - 500) / 800 = 0.4375.
        assertThat(live.grr().getAsDouble()).isEqualTo(0.375);
        assertThat(live.nrr().getAsDouble()).isEqualTo(0.4375);

        RenewalReport renewals = new RenewalComponent(fromTryton, KpiParameters::defaults).renewals(YEAR,
                AccountFilter.ALL);
        assertThat(renewals).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new RenewalComponent(fromFiles, KpiParameters::defaults).renewals(YEAR, AccountFilter.ALL));
        // due: S1 (renewed by S2) and S4 (not renewed): by count 1/2; by value 300 / (300 + 500) = 0.375.
        assertThat(renewals.rateCount().getAsDouble()).isEqualTo(0.5);
        assertThat(renewals.rateValue().getAsDouble()).isEqualTo(0.375);

        assertThat(scorecards(fromTryton).stakeholders("acc-001", MID_2026))
                .usingRecursiveComparison().isEqualTo(scorecards(fromFiles).stakeholders("acc-001", MID_2026));
        TimelineQuery all = new TimelineQuery(new DateWindow(LocalDate.of(2025, 1, 1), TODAY), Set.of(), 0, 100);
        for (String account : List.of("acc-001", "acc-002", "acc-003")) {
            assertThat(timelines(fromTryton).timeline(account, all))
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(timelines(fromFiles).timeline(account, all));
        }
    }

    @Test
    @Order(6)
    void aFollowUpIsWrittenOnceAsANoteAndIsNoActivity() {
        FollowUp callBack = new FollowUp("r-05", "acc-003", "con-05", null, FollowUp.Kind.CALL_BACK,
                LocalDate.of(2026, 4, 3), "Call back Eve Park (score 3)");
        assertThat(tryton.submit(callBack)).isTrue();
        assertThat(tryton.submit(callBack)).isFalse();
        assertThat(new TrytonHost(server.endpoint(), TrytonMapping.from(defaults(TrytonConfiguration.class)),
                Clock.systemUTC()).submit(callBack)).as("another instance, as after a restart").isFalse();
        try (TrytonClient client = new TrytonClient(server.endpoint())) {
            var notes = client.call("model.ir.note.search_read", client.array().add(client.array().add("message")
                    .add("like").add("%r-05]%")), 0, 10, null, List.of("message", "resource"), client.context());
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).get("message").asText()).startsWith("[account-success follow-up r-05] Call back Eve");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(tryton.refresh().freshness()).isEqualTo(Freshness.LIVE);
        assertThat(tryton.activities(new org.accountsuccess.host.spi.ActivityQuery("acc-003",
                org.accountsuccess.host.spi.TimeRange.ALL, Set.of()))).hasSize(1);
        assertThatThrownBy(() -> tryton.submit(new FollowUp("r-x", "acc-404", "con-x", null, FollowUp.Kind.ENGAGE,
                TODAY, "x"))).hasMessageContaining("no single Tryton party has the code 'acc-404'");
    }

    @Test
    @Order(7)
    void theConnectionCheckCountsThePartiesAndAccounts() {
        TrytonCheck check = tryton.check();
        assertThat(check.serverVersion()).startsWith("6.");
        // 3 accounts, the vendor, our company, 6 persons (one inactive, not counted)
        assertThat(check.accounts()).isEqualTo(3);
        assertThat(check.parties()).isEqualTo(10);
    }

    @Test
    @Order(8)
    void whenTrytonStopsTheFiguresStayAndSayTheyAreStale() throws Exception {
        List<AccountScorecard> before = scorecards(fromTryton).scorecards(AccountFilter.ALL, MID_2026);
        var readAt = tryton.status().asOf();
        server.stop();

        var status = tryton.refresh();
        assertThat(status.freshness()).isEqualTo(Freshness.STALE);
        assertThat(status.asOf()).isEqualTo(readAt);
        assertThat(status.message()).contains("did not answer", server.endpoint().describe());
        List<AccountScorecard> after = scorecards(fromTryton).scorecards(AccountFilter.ALL, MID_2026);
        assertThat(after).allSatisfy(s -> assertThat(s.dataStatus()).isEqualTo(status));
        assertThat(after).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withIgnoredFields("dataStatus").build())
                .containsExactlyElementsOf(before);
        assertThat(scorecards(allFromTryton).scorecards(AccountFilter.ALL, MID_2026))
                .as("with the survey data from Tryton too").allSatisfy(s -> assertThat(s.dataStatus()).isEqualTo(status))
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withIgnoredFields("dataStatus").build())
                .containsExactlyElementsOf(before);

        assertThatThrownBy(() -> tryton.check()).isInstanceOf(TrytonUnreachableException.class);
        assertThatThrownBy(() -> tryton.submit(new FollowUp("r-06", "acc-001", "con-01", "u-rep1",
                FollowUp.Kind.THANK_AND_ASK_REFERRAL, TODAY, "Thank Jane"))).isInstanceOf(TrytonUnreachableException.class);

        try (TrytonHost neverRead = new TrytonHost(server.endpoint(), TrytonMapping.from(withSurveys()),
                Clock.systemUTC())) {
            assertThat(neverRead.refresh().freshness()).isEqualTo(Freshness.UNAVAILABLE);
            assertThatThrownBy(() -> neverRead.responses(org.accountsuccess.host.spi.SurveyQuery.tenant(
                    org.accountsuccess.host.spi.TimeRange.ALL))).isInstanceOf(HostUnavailableException.class);
            assertThatThrownBy(() -> scorecards(new HostBinding(neverRead, store, neverRead, neverRead, null, null,
                    neverRead)).scorecard("acc-001", MID_2026)).isInstanceOf(HostUnavailableException.class)
                    .hasMessageContaining("has not been read yet");
        }
    }

    private static TimelineComponent timelines(HostBinding host) {
        return new TimelineComponent(host, KpiParameters::defaults, new TopicsComponent(host, KpiParameters::defaults, null));
    }

    private static ScorecardComponent scorecards(HostBinding host) {
        return new ScorecardComponent(host, KpiParameters::defaults,
                new HealthComponent(host, KpiParameters::defaults, defaults(HealthConfiguration.class)));
    }

    /** The configuration DS would hand over with nothing configured: the annotation's defaults. */
    @SuppressWarnings("unchecked")
    static <A> A defaults(Class<A> type) {
        return defaults(type, Map.of());
    }

    @SuppressWarnings("unchecked")
    static <A> A defaults(Class<A> type, Map<String, Object> overrides) {
        return (A) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }
}
