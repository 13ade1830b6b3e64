package org.accountsuccess.benchmarks.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every query of the host answers exactly what filtering the full data with the query's semantics gives. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InMemoryHostTest {
    /** Ids that name no account: out of range, not canonical, of another kind, absent. */
    private static final List<String> UNKNOWN_ACCOUNTS = List.of("a-1000", "a-01", "a-+1", "a-", "a-x", "c-1", "");

    private InMemoryHost host;
    private TenantData data;
    private Map<String, String> accountOfContact;
    /** Some accounts, the first and the last among them, unknown ids, and {@code null} for the tenant. */
    private List<String> accountIds;
    private List<TimeRange> ranges;
    private List<DateWindow> windows;

    @BeforeAll
    void generate() {
        host = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED);
        data = TenantData.of(host);
        accountOfContact = data.contacts().stream().collect(Collectors.toMap(Contact::id, Contact::accountId));

        SplittableRandom random = new SplittableRandom(7);
        accountIds = new ArrayList<>(List.of("a-0", "a-" + (data.accounts().size() - 1)));
        random.ints(20, 0, data.accounts().size()).forEach(a -> accountIds.add("a-" + a));
        accountIds.addAll(UNKNOWN_ACCOUNTS);
        accountIds.add(null);

        // Bounds on stored instants and a nanosecond off them, where whole-second rounding would show.
        Instant activityAt = data.activities().get(data.activities().size() / 3).occurredAt();
        Instant answeredAt = data.responses().get(data.responses().size() / 2).answeredAt();
        Instant t1 = activityAt.isBefore(answeredAt) ? activityAt : answeredAt;
        Instant t2 = activityAt.isBefore(answeredAt) ? answeredAt : activityAt;
        LocalDate asOf = TenantGenerator.AS_OF;
        ranges = List.of(TimeRange.ALL,
                TenantGenerator.HISTORY.toTimeRange(ZoneOffset.UTC),
                DateWindow.lookback(asOf, 30).toTimeRange(ZoneOffset.UTC),
                DateWindow.lookback(asOf.minusMonths(6), 365).toTimeRange(ZoneOffset.UTC),
                TimeRange.before(t1),
                new TimeRange(t1, null),
                new TimeRange(t1, t1),
                new TimeRange(t1, t2.plusSeconds(86_400)),
                new TimeRange(t1.plusNanos(1), t2.plusNanos(1)),
                new TimeRange(t2.minusNanos(1), t2.plusSeconds(1)),
                new TimeRange(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2001-01-01T00:00:00Z")));

        Contract some = data.contracts().stream().filter(k -> !k.evergreen()).findFirst().orElseThrow();
        windows = List.of(
                new DateWindow(asOf.minusYears(1).plusDays(1), asOf),
                new DateWindow(asOf, asOf),
                new DateWindow(some.startDate().minusDays(10), some.startDate()),
                new DateWindow(some.endDate(), some.endDate().plusDays(3)),
                new DateWindow(some.endDate().plusDays(1), some.endDate().plusDays(1)),
                new DateWindow(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)),
                new DateWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)));
    }

    @Test
    void accountsAreFoundByIdOnly() {
        for (Account account : data.accounts()) {
            assertThat(host.account(account.id())).contains(account);
        }
        for (String unknown : UNKNOWN_ACCOUNTS) {
            assertThat(host.account(unknown)).isEmpty();
            assertThat(host.contacts(unknown)).isEmpty();
        }
        assertThat(host.account(null)).isEmpty();
    }

    @Test
    void contactsOfAnAccountAreTheContactsNamingIt() {
        for (Account account : data.accounts()) {
            assertSameRows(host.contacts(account.id()),
                    data.contacts().stream().filter(c -> c.accountId().equals(account.id())));
        }
    }

    @Test
    void contractsAreThoseTheQueryMatches() {
        List<ContractQuery> queries = new ArrayList<>();
        for (String accountId : accountIds) {
            queries.add(new ContractQuery(accountId, null));
            windows.forEach(w -> queries.add(new ContractQuery(accountId, w)));
        }
        int found = 0;
        for (ContractQuery query : queries) {
            found += assertSameRows(host.contracts(query), data.contracts().stream().filter(query::matches));
        }
        assertThat(found).isPositive();
    }

    @Test
    void renewalsAreTheContractsNamingAPredecessor() {
        Set<String> predecessors = new HashSet<>();
        data.contracts().stream().limit(300).forEach(k -> predecessors.add(k.id()));
        List<String> asked = new ArrayList<>(predecessors);
        asked.addAll(List.of("ctr-0", "ctr-0", "ctr-999999", "ctr-01", "a-1"));
        int found = assertSameRows(host.renewalsOf(asked),
                data.contracts().stream().filter(k -> predecessors.contains(k.renewalOf())));
        assertThat(found).isPositive();

        Set<String> all = data.contracts().stream().map(Contract::id).collect(Collectors.toSet());
        assertSameRows(host.renewalsOf(all), data.contracts().stream().filter(k -> k.renewalOf() != null));
        assertThat(host.renewalsOf(List.of())).isEmpty();
    }

    @Test
    void activitiesAreThoseTheQueryMatches() {
        List<Set<ActivityType>> typeSets = List.of(Set.of(), Set.of(ActivityType.MARKETING_EMAIL),
                Set.of(ActivityType.SUPPORT_TICKET, ActivityType.BUSINESS_REVIEW, ActivityType.MEETING,
                        ActivityType.CALL, ActivityType.VISIT));
        int found = 0;
        for (String accountId : accountIds) {
            for (TimeRange range : ranges) {
                for (Set<ActivityType> types : typeSets) {
                    ActivityQuery query = new ActivityQuery(accountId, range, types);
                    found += assertSameRows(host.activities(query), data.activities().stream().filter(query::matches));
                }
            }
        }
        assertThat(found).isPositive();
    }

    @Test
    void responsesAndInvitationsAreThoseOfTheAccountsContactsInTheRange() {
        int found = 0;
        for (String accountId : accountIds) {
            for (TimeRange range : ranges) {
                SurveyQuery query = new SurveyQuery(accountId, range);
                found += assertSameRows(host.responses(query), data.responses().stream()
                        .filter(r -> ofAccount(accountId, r.contactId()) && range.contains(r.answeredAt())));
                found += assertSameRows(host.invitations(query), data.invitations().stream()
                        .filter(i -> ofAccount(accountId, i.contactId()) && range.contains(i.sentAt())));
            }
        }
        assertThat(found).isPositive();
    }

    private boolean ofAccount(String accountId, String contactId) {
        return accountId == null || accountId.equals(accountOfContact.get(contactId));
    }

    @Test
    void rowsOfOneKindHaveDistinctIds() {
        assertDistinct(data.responses(), r -> r.id());
        assertDistinct(data.invitations(), i -> i.id());
        assertDistinct(data.contracts(), Contract::id);
        assertDistinct(data.activities(), Activity::id);
        assertThat(data.activities()).allMatch(x -> x.contactId() == null
                || x.accountId().equals(accountOfContact.get(x.contactId())));
        assertThat(data.responses()).allMatch(r -> accountOfContact.containsKey(r.contactId()));
    }

    private static <T> void assertDistinct(List<T> rows, Function<T, String> id) {
        assertThat(rows.stream().map(id).distinct().count()).isEqualTo(rows.size());
    }

    /**
     * Same rows, in any order (the SPI leaves it open), none twice; answers how many. Compared as
     * sets, because AssertJ's any-order list comparison is quadratic.
     */
    private static <T> int assertSameRows(Stream<T> actual, Stream<T> expected) {
        List<T> actualRows;
        try (actual) {
            actualRows = actual.toList();
        }
        List<T> expectedRows = expected.toList();
        assertThat(new HashSet<>(actualRows)).hasSize(actualRows.size()).isEqualTo(new HashSet<>(expectedRows));
        assertThat(actualRows).hasSameSizeAs(expectedRows);
        return expectedRows.size();
    }

    @Test
    void theTablePricesForeignCurrenciesInEuro() {
        assertThat(host.table().baseCurrency()).isEqualTo("EUR");
        assertThat(host.table().rateToBase()).containsOnlyKeys("USD", "GBP");
        assertThat(Arrays.asList("USD", "GBP")).allMatch(c -> data.contracts().stream()
                .anyMatch(k -> c.equals(k.currency())));
    }
}
