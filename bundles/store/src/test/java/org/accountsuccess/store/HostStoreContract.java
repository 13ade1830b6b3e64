package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpChange;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;
import org.accountsuccess.store.jdbc.JdbcHost;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema and every port of the host-data SPI, over the good data set. Each query is compared
 * with the tenant's rows filtered in memory by the query's own semantics.
 */
abstract class HostStoreContract extends StoreTestBase {
    static final List<String> ACCOUNT_IDS = List.of("a-1", "a-2", "a-3", "a-4", "a-5", "a-unknown");
    static final List<TimeRange> RANGES = List.of(TimeRange.ALL,
            new TimeRange(Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2026-01-14T00:00:00Z")),
            TimeRange.before(Instant.parse("2026-02-01T09:00:00Z")),
            new TimeRange(Instant.parse("2026-02-01T09:00:00Z"), null),
            new TimeRange(Instant.parse("2026-03-20T11:00:00Z"), Instant.parse("2026-03-20T11:00:00Z")));
    static final List<DateWindow> WINDOWS = List.of(new DateWindow(LocalDate.parse("2025-12-31"),
            LocalDate.parse("2025-12-31")), new DateWindow(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")),
            new DateWindow(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")),
            new DateWindow(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-12-31")));

    @BeforeEach
    void importGoodDataSet() throws Exception {
        dataSets.importDataSet(dataSet("good"), ImportMode.REPLACE, ImportProgress.NONE);
        dataSource.forgetQueries();
    }

    @Test
    void theSchemaMigratesFromEmptyAndASecondStartAppliesNothing() throws Exception {
        assertThat(appliedAtStart).containsExactly("V1__host_tables.sql", "V2__store_state.sql",
                "V3__follow_up_updates.sql");
        assertThat(Schema.migrate(dataSource)).isEmpty();
        assertThat(count("schema_version")).isEqualTo(3);
        assertThat(count("store_state")).isEqualTo(1);
        assertThat(count("accounts")).isEqualTo(5);
    }

    @Test
    void aScriptChangedAfterItWasAppliedStopsTheStart() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE schema_version SET checksum = 1 WHERE version = 1");
        }
        assertThatThrownBy(() -> Schema.migrate(dataSource)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1__host_tables.sql was changed after it was applied");
    }

    @Test
    void dataSurvivesClosingAndReopeningTheDatabase() throws Exception {
        host.submit(followUp("r-4", "first"));
        Map<String, List<List<Object>>> before = snapshot();
        database.shutdown();
        connect();
        assertThat(Schema.migrate(dataSource)).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(host.account("a-2")).map(Account::name).contains("Bolt, Inc.");
    }

    @Test
    void accountsAreReadAsImported() {
        assertThat(all(host.accounts())).extracting(Account::id).containsExactlyInAnyOrder("a-1", "a-2", "a-3", "a-4", "a-5");
        assertThat(host.account("a-3")).contains(
                new Account("a-3", "Crane Ltd", "u-rep2", "smb", 3, "retail", "GB", "a-4", "GBP"));
        assertThat(host.account("a-5")).contains(new Account("a-5", "Delta AG", null, "smb", 3, null, "CH", null, null));
        assertThat(host.account("a-unknown")).isEmpty();
    }

    @Test
    void contactsOfAnAccountAreThatAccountsContacts() {
        List<Contact> all = all(host.allContacts());
        assertThat(all).hasSize(8);
        for (String account : ACCOUNT_IDS) {
            assertThat(all(host.contacts(account))).containsExactlyInAnyOrderElementsOf(
                    filter(all, contact -> contact.accountId().equals(account)));
        }
        assertThat(all).contains(new Contact("c-2", "a-1", "Ben Beta", "ben@acme.example", "IT lead", Role.B, true),
                new Contact("c-3", "a-1", "Cleo Gamma", null, "User", Role.C, false),
                new Contact("c-5", "a-2", "Eve", "eve@bolt.example", "Engineer, platform", Role.C, true));
    }

    @Test
    void surveyRecordsAnswerByTheAccountOfTheirContactAndTheRange() {
        Map<String, String> accountOf = all(host.allContacts()).stream()
                .collect(Collectors.toMap(Contact::id, Contact::accountId));
        List<SurveyResponse> responses = all(host.responses(SurveyQuery.tenant(TimeRange.ALL)));
        List<SurveyInvitation> invitations = all(host.invitations(SurveyQuery.tenant(TimeRange.ALL)));
        assertThat(responses).hasSize(6);
        assertThat(invitations).hasSize(6);
        for (TimeRange range : RANGES) {
            assertThat(all(host.responses(SurveyQuery.tenant(range))))
                    .containsExactlyInAnyOrderElementsOf(filter(responses, r -> range.contains(r.answeredAt())));
            assertThat(all(host.invitations(SurveyQuery.tenant(range))))
                    .containsExactlyInAnyOrderElementsOf(filter(invitations, i -> range.contains(i.sentAt())));
            for (String account : ACCOUNT_IDS) {
                SurveyQuery query = SurveyQuery.account(account, range);
                assertThat(all(host.responses(query))).containsExactlyInAnyOrderElementsOf(filter(responses,
                        r -> account.equals(accountOf.get(r.contactId())) && range.contains(r.answeredAt())));
                assertThat(all(host.invitations(query))).containsExactlyInAnyOrderElementsOf(filter(invitations,
                        i -> account.equals(accountOf.get(i.contactId())) && range.contains(i.sentAt())));
            }
        }
        assertThat(responses).contains(new SurveyResponse("r-2", "c-2", Instant.parse("2026-01-13T09:30:00Z"), 6,
                "s-2026q1", "Price is high.\nWould like a discount.",
                List.of(new DriverTag("price", DriverTag.Polarity.NEGATIVE))),
                new SurveyResponse("r-4", "c-6", Instant.parse("2026-01-15T00:00:00Z"), 3, "s-2026q1",
                        "He said \"never again\"", List.of(new DriverTag("support", DriverTag.Polarity.NEGATIVE),
                                new DriverTag("communication skills", DriverTag.Polarity.NEGATIVE))),
                new SurveyResponse("r-5", "c-1", Instant.parse("2026-04-03T09:15:30.123456Z"), 8, "s-2026q2", null,
                        List.of()));
        assertThat(invitations).contains(new SurveyInvitation("i-3", "s-2026q1", "c-4",
                Instant.parse("2026-01-10T09:00:00Z")));
    }

    @Test
    void contractsMatchTheirQuery() {
        List<Contract> all = all(host.contracts(ContractQuery.ALL));
        assertThat(all).hasSize(6);
        List<DateWindow> windows = new ArrayList<>(WINDOWS);
        windows.add(null);
        for (DateWindow window : windows) {
            for (String account : Stream.concat(ACCOUNT_IDS.stream(), Stream.of((String) null)).toList()) {
                ContractQuery query = new ContractQuery(account, window);
                assertThat(all(host.contracts(query))).as("%s", query)
                        .containsExactlyInAnyOrderElementsOf(filter(all, query::matches));
            }
        }
        assertThat(all).contains(new Contract("k-3", "a-2", LocalDate.parse("2025-06-01"), null,
                new BigDecimal("499.99"), "USD", false, null, "Starter"), new Contract("k-2", "a-1",
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), new BigDecimal("1200.5"), null, true,
                        "k-1", "Platform"));
    }

    @Test
    void renewalsAreFoundWhateverTheirDates() {
        assertThat(all(host.renewalsOf(List.of("k-1", "k-4", "k-3")))).extracting(Contract::id)
                .containsExactlyInAnyOrder("k-2", "k-5");
        assertThat(all(host.renewalsOf(List.of()))).isEmpty();
        List<String> many = new ArrayList<>(IntStream.range(0, 1_234).mapToObj(i -> "x-" + i).toList());
        many.add(1_000, "k-4");
        many.add("k-1");
        assertThat(all(host.renewalsOf(many))).extracting(Contract::id).containsExactlyInAnyOrder("k-2", "k-5");
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void activitiesMatchTheirQuery() {
        List<Activity> all = all(host.activities(new ActivityQuery(null, TimeRange.ALL, Set.of())));
        assertThat(all).hasSize(10);
        List<Set<ActivityType>> typeSets = List.of(Set.of(), Set.of(ActivityType.SUPPORT_TICKET),
                EnumSet.of(ActivityType.MEETING, ActivityType.CALL, ActivityType.VISIT));
        for (TimeRange range : RANGES) {
            for (Set<ActivityType> types : typeSets) {
                for (String account : Stream.concat(ACCOUNT_IDS.stream(), Stream.of((String) null)).toList()) {
                    ActivityQuery query = new ActivityQuery(account, range, types);
                    assertThat(all(host.activities(query))).as("%s", query)
                            .containsExactlyInAnyOrderElementsOf(filter(all, query::matches));
                }
            }
        }
        assertThat(all).contains(new Activity("t-7", "a-3", "c-6", ActivityType.SUPPORT_TICKET,
                Instant.parse("2026-02-02T09:30:00Z"), Activity.Direction.INBOUND, "Invoice wrong", Activity.Status.OPEN,
                Activity.Severity.CRITICAL), new Activity("t-10", "a-1", "c-3", ActivityType.SUPPORT_TICKET,
                        Instant.parse("2026-03-20T11:00:00Z"), Activity.Direction.INBOUND, "Multi\nline\nsubject",
                        Activity.Status.OPEN, Activity.Severity.LOW), new Activity("t-9", "a-5", "c-8",
                                ActivityType.OTHER, Instant.parse("2026-03-10T12:00:00Z"), null, null, null, null));
    }

    @Test
    void employeeResponsesAnswerByRange() {
        List<EmployeeResponse> all = all(host.employeeResponses(TimeRange.ALL));
        assertThat(all).hasSize(4).contains(new EmployeeResponse("e-4", "emp-55aa", "Engineering",
                Instant.parse("2026-03-15T15:45:00Z"), 10, null));
        for (TimeRange range : RANGES) {
            assertThat(all(host.employeeResponses(range)))
                    .containsExactlyInAnyOrderElementsOf(filter(all, r -> range.contains(r.answeredAt())));
        }
    }

    @Test
    void revenueAnswersByAccountAndMonths() {
        List<RevenueEntry> all = all(host.revenue(null, YearMonth.of(2000, 1), YearMonth.of(2100, 12)));
        assertThat(all).hasSize(4).contains(new RevenueEntry("a-2", YearMonth.of(2026, 1), new BigDecimal("460"),
                new BigDecimal("-20.5")), new RevenueEntry("a-1", YearMonth.of(2026, 2), new BigDecimal("1200.5"), null));
        YearMonth from = YearMonth.of(2026, 2);
        YearMonth to = YearMonth.of(2026, 3);
        for (String account : Stream.concat(ACCOUNT_IDS.stream(), Stream.of((String) null)).toList()) {
            assertThat(all(host.revenue(account, from, to))).containsExactlyInAnyOrderElementsOf(filter(all,
                    e -> (account == null || account.equals(e.accountId())) && !e.period().isBefore(from)
                            && !e.period().isAfter(to)));
        }
    }

    @Test
    void theRateTableIsTheBaseCurrencyPlusTheStoredRates() {
        assertThat(host.table().baseCurrency()).isEqualTo("EUR");
        assertThat(host.table().rateToBase()).isEqualTo(Map.of("USD", new BigDecimal("0.92"), "GBP",
                new BigDecimal("1.17")));
    }

    @Test
    void aUserSeesTheAccountsTheyOwnAndAdminsAndManagersSeeAll() {
        Account a1 = host.account("a-1").orElseThrow();
        Account a3 = host.account("a-3").orElseThrow();
        assertThat(host.maySee("u-rep1", a1)).isTrue();
        assertThat(host.maySee("u-rep1", a3)).isFalse();
        assertThat(host.maySee("u-rep2", a3)).isTrue();
        assertThat(host.maySee("u-admin", a3)).isTrue();
        assertThat(host.maySee("u-mgr", a1)).isTrue();
        assertThat(host.maySee("u-hr", a1)).isFalse();
        assertThat(host.maySee("nobody", a1)).isFalse();
        assertThat(host.maySee(null, host.account("a-5").orElseThrow())).isFalse();
    }

    @Test
    void theVisibleAccountsOfAUserAreAnsweredWithOneQueryForAnyNumberOfAccounts() {
        List<Account> all = all(host.accounts());
        assertThat(all).hasSizeGreaterThan(4);
        int before = dataSource.queries().size();
        assertThat(host.visibleAccounts("u-rep1", all)).containsExactlyInAnyOrder("a-1", "a-2");
        assertThat(dataSource.queries().size() - before).isEqualTo(1);
        assertThat(host.visibleAccounts("u-mgr", all)).hasSize(all.size());
        assertThat(host.visibleAccounts("u-hr", all)).isEmpty();
        assertThat(host.visibleAccounts("nobody", all)).isEmpty();
        assertThat(host.visibleAccounts(null, all)).isEmpty();
        assertThat(dataSource.queries().size() - before).isEqualTo(4);
        List<Account> own = filter(all, account -> "u-rep2".equals(account.owner()));
        assertThat(host.visibleAccounts("u-rep2", own)).containsExactlyInAnyOrder("a-3", "a-4");
        assertThat(dataSource.queries().size() - before).as("owner of every account: no query").isEqualTo(4);
    }

    @Test
    void theDataVersionRisesWithEveryCommittedImportAndOnlyThen() throws Exception {
        long imported = host.dataVersion();
        assertThat(imported).as("after the one import of the set-up").isEqualTo(1);
        dataSets.importDataSet(dataSet("good"), ImportMode.MERGE, ImportProgress.NONE);
        assertThat(host.dataVersion()).as("a merge that changed nothing").isEqualTo(1);
        Path changed = dataSet("good");
        write(changed, "users.csv", "user_id,name,roles\nu-new,New User,rep\n");
        dataSets.importDataSet(changed, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(host.dataVersion()).isEqualTo(2);
        Path bad = dataSet("good");
        write(bad, "accounts.csv", "account_id,name,tier\na-9,Bad,7\n");
        assertThatThrownBy(() -> dataSets.importDataSet(bad, ImportMode.MERGE, ImportProgress.NONE))
                .isInstanceOf(DataSetRejectedException.class);
        assertThat(host.dataVersion()).as("a rejected import changes nothing").isEqualTo(2);
        assertThat(new JdbcHost(database.open(), BASE_CURRENCY).dataVersion())
                .as("another node over the same database").isEqualTo(2);
    }

    /**
     * With a tenant of 300 accounts whose activities, responses and contracts fill the same months,
     * every query for one account seeks that account's rows through an index on account_id (and
     * the survey records through contact_id), rather than reading the months for every account.
     */
    @Test
    void oneAccountsQueriesSeekTheAccountThroughAnIndex() throws Exception {
        dataSets.importDataSet(otherAccounts(300), ImportMode.MERGE, ImportProgress.NONE);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        dataSource.forgetQueries();
        TimeRange range = new TimeRange(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        all(host.account("a-1").stream());
        all(host.contacts("a-1"));
        all(host.responses(SurveyQuery.account("a-1", range)));
        all(host.invitations(SurveyQuery.account("a-1", range)));
        all(host.contracts(new ContractQuery("a-1", WINDOWS.get(1))));
        all(host.activities(new ActivityQuery("a-1", range, Set.of(ActivityType.SUPPORT_TICKET))));
        all(host.revenue("a-1", YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
        List<ObservedDataSource.Query> queries = dataSource.queries();
        assertThat(queries).hasSize(7);
        try (Connection connection = dataSource.getConnection()) {
            for (ObservedDataSource.Query query : queries) {
                assertThat(query.sql()).containsPattern("account_id = \\?");
                assertThat(query.params()).contains("a-1");
                String plan = database.plan(connection, query.sql(), query.params());
                assertThat(database.scansWholeTable(plan)).as("plan of %s:%n%s", query.sql(), plan).isFalse();
                assertThat(database.seeks(plan, "account_id")).as("plan of %s:%n%s", query.sql(), plan).isTrue();
                if (query.sql().contains("JOIN contacts")) {
                    assertThat(database.seeks(plan, "contact_id")).as("plan of %s:%n%s", query.sql(), plan).isTrue();
                }
            }
        }
    }

    /** A data set of {@code count} more accounts, each with a little of everything in January to March 2026. */
    private Path otherAccounts(int count) {
        Path folder = temp.resolve("others");
        StringBuilder accounts = new StringBuilder("account_id,name\n");
        StringBuilder contacts = new StringBuilder("contact_id,account_id,role\n");
        StringBuilder invitations = new StringBuilder("invitation_id,survey_id,contact_id,sent_at\n");
        StringBuilder responses = new StringBuilder("response_id,contact_id,answered_at,score\n");
        StringBuilder contracts = new StringBuilder("contract_id,account_id,start_date,mrr\n");
        StringBuilder revenue = new StringBuilder("account_id,period,revenue\n");
        StringBuilder activities = new StringBuilder("activity_id,account_id,type,occurred_at\n");
        for (int a = 0; a < count; a++) {
            String account = "o-" + a;
            accounts.append(account).append(",Other ").append(a).append('\n');
            for (int m = 1; m <= 3; m++) {
                String contact = account + "-c" + m;
                String day = "2026-0" + m + "-" + (10 + a % 18) + "T10:00:00Z";
                contacts.append(contact).append(',').append(account).append(",C\n");
                invitations.append(contact).append("-i,s-").append(m).append(',').append(contact).append(',').append(day).append('\n');
                responses.append(contact).append("-r,").append(contact).append(',').append(day).append(",7\n");
                contracts.append(account).append("-k").append(m).append(',').append(account).append(",2026-0").append(m).append("-01,10\n");
                revenue.append(account).append(",2026-0").append(m).append(",100\n");
                for (int t = 0; t < 4; t++) {
                    activities.append(contact).append("-t").append(t).append(',').append(account).append(",support_ticket,")
                            .append(day).append('\n');
                }
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        write(folder, "accounts.csv", accounts.toString());
        write(folder, "contacts.csv", contacts.toString());
        write(folder, "invitations.csv", invitations.toString());
        write(folder, "responses.csv", responses.toString());
        write(folder, "contracts.csv", contracts.toString());
        write(folder, "revenue.csv", revenue.toString());
        write(folder, "activities.csv", activities.toString());
        return folder;
    }

    @Test
    void streamsHoldAConnectionUntilTheyAreClosed() {
        assertThat(dataSource.openConnections()).isZero();
        try (Stream<Activity> activities = host.activities(new ActivityQuery(null, TimeRange.ALL, Set.of()))) {
            assertThat(activities.findFirst()).isPresent();
            assertThat(dataSource.openConnections()).isEqualTo(1);
        }
        assertThat(dataSource.openConnections()).isZero();
        try (Stream<Contact> contacts = host.allContacts(); Stream<Account> accounts = host.accounts()) {
            assertThat(dataSource.openConnections()).isEqualTo(2);
            assertThat(contacts.count()).isEqualTo(8);
            assertThat(accounts.count()).isEqualTo(5);
        }
        host.account("a-1");
        host.table();
        host.maySee("u-hr", host.account("a-2").orElseThrow());
        host.submit(followUp("r-1", "thanks"));
        all(host.renewalsOf(List.of("k-1")));
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void aFollowUpIsCreatedOncePerResponse() throws Exception {
        assertThat(host.submit(followUp("r-4", "Call back Finn"))).isTrue();
        assertThat(host.submit(followUp("r-4", "Call back Finn"))).isFalse();
        assertThat(host.submit(followUp("r-4", "another title, same response"))).isFalse();
        assertThat(count("follow_ups")).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> same = IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(i -> () -> host.submit(followUp("r-6", "race " + i))).toList();
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(same)) {
                created.add(result.get());
            }
            assertThat(created).containsOnlyOnce(true);
        } finally {
            pool.shutdown();
        }
        assertThat(count("follow_ups")).isEqualTo(2);
    }

    @Test
    void aUsersChangeIsWrittenBackOnceAndNeverByAnOlderVersion() throws Exception {
        host.submit(followUp("r-4", "Call back Finn"));
        Instant at = Instant.parse("2026-02-02T10:00:00Z");
        FollowUpChange snoozed = new FollowUpChange("r-4", 2, FollowUpStatus.SNOOZED, LocalDate.parse("2026-02-10"),
                "u-rep1", "On leave", "u-rep2", at);
        FollowUpChange done = new FollowUpChange("r-4", 3, FollowUpStatus.DONE, null, "u-rep1", "Called", "u-rep1",
                at.plusSeconds(60));

        assertThat(host.update(snoozed)).isTrue();
        assertThat(host.update(done)).isTrue();
        assertThat(host.update(snoozed)).as("late delivery of an older version").isFalse();
        assertThat(host.update(done)).as("a retry").isFalse();
        assertThat(host.update(new FollowUpChange("r-none", 2, FollowUpStatus.DONE, null, null, null, "u", at)))
                .isFalse();
        assertThat(writtenBack("r-4")).containsExactly("DONE", null, "u-rep1", "Called", 3L, "u-rep1");
    }

    @Test
    void aFollowUpForARecommendedActionNeedsNoContact() throws Exception {
        assertThat(host.submit(new FollowUp("act-1", "a-3", null, "u-rep2", FollowUp.Kind.RECOMMENDED_ACTION,
                LocalDate.parse("2026-02-08"), "Schedule a business review"))).isTrue();
        assertThat(count("follow_ups")).isEqualTo(1);
    }

    /** Status, snooze end, assignee, note, version and who changed it last, of a follow-up. */
    private List<Object> writtenBack(String responseId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT status, snoozed_until, assignee, note, version, updated_by FROM follow_ups WHERE response_id = ?")) {
            select.setString(1, responseId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Arrays.asList(row.getString(1), row.getObject(2), row.getString(3), row.getString(4),
                        row.getLong(5), row.getString(6));
            }
        }
    }
}
