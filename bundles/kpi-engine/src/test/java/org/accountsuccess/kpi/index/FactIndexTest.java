package org.accountsuccess.kpi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;
import org.junit.jupiter.api.Test;

/**
 * The index answers each SPI query with exactly the records the host it was read from gives (a
 * host over lists that answers by the query records' own semantics), including records the
 * directory does not know, text outside ASCII, null fields and instants with nanoseconds at a
 * range's edge.
 */
class FactIndexTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00.250Z");

    private final List<Account> accounts = List.of(
            new Account("b", "Bäckerei Müller GmbH", "u1", "SMB", 3, null, "DE", null, "EUR"),
            new Account("a", "Acme", null, null, 1, "Retail", null, "b", null));
    // c9 belongs to no known account; r4 and inv3 name a contact the directory lacks.
    private final List<Contact> contacts = List.of(
            new Contact("c1", "a", "Ann", "ann@example.com", "CEO", Role.A, true),
            new Contact("c2", "b", "Bob", null, null, Role.C, false),
            new Contact("c3", "a", "Čedomir 🙂", null, "User", Role.B, true),
            new Contact("c9", "zz", null, null, null, Role.C, true));
    private final List<SurveyResponse> responses = List.of(
            new SurveyResponse("r1", "c1", T, 9, "s1", "sehr gut", List.of(new DriverTag("support", DriverTag.Polarity.POSITIVE))),
            new SurveyResponse("r2", "c3", T.plusNanos(1), 3, null, null, List.of()),
            new SurveyResponse("r3", "c2", T.minusSeconds(86_400), 7, "s1", "", List.of(
                    new DriverTag("price", DriverTag.Polarity.NEGATIVE), new DriverTag("support", DriverTag.Polarity.NEUTRAL))),
            new SurveyResponse("r4", "ghost", T, 10, "s2", null, List.of()));
    private final List<SurveyInvitation> invitations = List.of(
            new SurveyInvitation("inv1", "s1", "c1", T.minusSeconds(3600)),
            new SurveyInvitation("inv2", "s2", "c2", T),
            new SurveyInvitation("inv3", "s2", "ghost", T));
    private final List<Contract> contracts = List.of(
            new Contract("k1", "a", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), new BigDecimal("100.50"),
                    "EUR", false, null, "Core"),
            new Contract("k2", "b", LocalDate.parse("2026-01-01"), null, new BigDecimal("7"), null, true, "k1", null),
            new Contract("k3", "a", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), new BigDecimal("0.00"),
                    "USD", false, "k1", "Core"),
            new Contract("k4", "a", LocalDate.parse("2026-02-01"), null, BigDecimal.ONE, null, false, "gone", null));
    private final List<Activity> activities = List.of(
            new Activity("x1", "a", "c1", ActivityType.CALL, T, Activity.Direction.OUTBOUND, "Anruf", Activity.Status.CLOSED,
                    null),
            new Activity("x2", "a", null, ActivityType.MARKETING_EMAIL, T.minusSeconds(10), null, null, null, null),
            new Activity("x3", "b", "ghost", ActivityType.SUPPORT_TICKET, T.plusSeconds(5), Activity.Direction.INBOUND,
                    "Ticket", Activity.Status.OPEN, Activity.Severity.CRITICAL),
            new Activity("x4", "zz", null, ActivityType.OTHER, T, null, null, null, null));
    private final List<EmployeeResponse> employees = List.of(
            new EmployeeResponse("e1", "emp-1", "Legal", T, 8, null));
    private final List<RevenueEntry> revenue = List.of(
            new RevenueEntry("b", YearMonth.of(2026, 2), new BigDecimal("10"), null),
            new RevenueEntry("a", YearMonth.of(2026, 1), new BigDecimal("20.50"), new BigDecimal("3")),
            new RevenueEntry("zz", YearMonth.of(2025, 12), new BigDecimal("1"), BigDecimal.ONE),
            new RevenueEntry("a", YearMonth.of(2025, 12), new BigDecimal("30"), null));
    private final RevenueLedger ledger = (accountId, from, to) -> revenue.stream()
            .filter(e -> (accountId == null || accountId.equals(e.accountId())) && !e.period().isBefore(from)
                    && !e.period().isAfter(to));

    private final ListHost host = new ListHost();
    private final FactIndex index = FactIndex.read(new FactIndex.Source(host, host, host, host, null, null));

    /** Everything the SPI can be asked, on both sides. */
    @Test
    void answersEveryQueryAsTheHostDoes() {
        FactIndex index = FactIndex.read(new FactIndex.Source(host, host, host, host, null,
                range -> employees.stream().filter(e -> range.contains(e.answeredAt())), ledger));
        assertThat(index.accounts()).containsExactlyElementsOf(accounts);
        assertThat(index.allContacts()).containsExactlyInAnyOrderElementsOf(contacts);
        for (String id : List.of("a", "b", "zz", "nope")) {
            assertThat(index.account(id)).as(id).isEqualTo(host.account(id));
            assertThat(index.contacts(id)).as(id).containsExactlyInAnyOrderElementsOf(host.contacts(id).toList());
        }
        List<TimeRange> ranges = List.of(TimeRange.ALL, new TimeRange(T, T.plusNanos(1)), new TimeRange(T.plusNanos(1), null),
                TimeRange.before(T), new TimeRange(T.minusSeconds(86_400), T.plusSeconds(5)));
        for (String id : Arrays.asList(null, "a", "b", "zz", "nope")) {
            for (TimeRange range : ranges) {
                SurveyQuery q = new SurveyQuery(id, range);
                assertThat(index.responses(q)).as(q.toString()).containsExactlyInAnyOrderElementsOf(host.responses(q).toList());
                assertThat(index.invitations(q)).as(q.toString()).containsExactlyInAnyOrderElementsOf(host.invitations(q).toList());
                for (Set<ActivityType> types : List.of(Set.<ActivityType>of(), Set.of(ActivityType.CALL, ActivityType.OTHER))) {
                    ActivityQuery a = new ActivityQuery(id, range, types);
                    assertThat(index.activities(a)).as(a.toString()).containsExactlyInAnyOrderElementsOf(host.activities(a).toList());
                }
            }
            for (YearMonth[] months : List.of(new YearMonth[] {YearMonth.of(2025, 1), YearMonth.of(2026, 12)},
                    new YearMonth[] {YearMonth.of(2026, 1), YearMonth.of(2026, 1)},
                    new YearMonth[] {YearMonth.of(2026, 3), YearMonth.of(2026, 12)})) {
                assertThat(index.revenue(id, months[0], months[1])).as(id + " " + months[0] + ".." + months[1])
                        .containsExactlyInAnyOrderElementsOf(ledger.revenue(id, months[0], months[1]).toList());
            }
            for (DateWindow window : Arrays.asList(null, new DateWindow(LocalDate.parse("2025-06-01"),
                    LocalDate.parse("2025-12-31")), new DateWindow(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")))) {
                ContractQuery q = new ContractQuery(id, window);
                assertThat(index.contracts(q)).as(q.toString()).containsExactlyInAnyOrderElementsOf(host.contracts(q).toList());
            }
        }
        assertThat(index.renewalsOf(List.of("k1", "gone", "k1", "nope")))
                .containsExactlyInAnyOrderElementsOf(host.renewalsOf(List.of("k1", "gone")).toList());
        assertThat(index.employeeResponses(TimeRange.ALL)).containsExactlyElementsOf(employees);
        assertThat(index.employeeResponses(TimeRange.before(T))).isEmpty();
        assertThat(index.hasRates()).isFalse();
    }

    @Test
    void oneAccountsQueryReadsOnlyItsSlice() {
        // Account a's contacts c1 and c3 are next to each other, so its responses are one slice.
        assertThat(index.responses(SurveyQuery.account("a", TimeRange.ALL))).extracting(SurveyResponse::id)
                .containsExactlyInAnyOrder("r1", "r2");
        assertThat(index.footprint()).satisfies(f -> {
            assertThat(f.accounts()).isEqualTo(2);
            assertThat(f.contacts()).isEqualTo(4);
            assertThat(f.responses()).isEqualTo(4);
            assertThat(f.invitations()).isEqualTo(3);
            assertThat(f.contracts()).isEqualTo(4);
            assertThat(f.activities()).isEqualTo(4);
            assertThat(f.bytes()).isPositive();
        });
    }

    /** A host over the lists above, answering by the query records' own semantics. */
    private final class ListHost implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog {
        @Override
        public Optional<Account> account(String accountId) {
            return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
        }

        @Override
        public Stream<Account> accounts() {
            return accounts.stream();
        }

        @Override
        public Stream<Contact> contacts(String accountId) {
            return contacts.stream().filter(c -> c.accountId().equals(accountId));
        }

        @Override
        public Stream<Contact> allContacts() {
            return contacts.stream();
        }

        private boolean ofAccount(String contactId, String accountId) {
            return accountId == null || contacts.stream().anyMatch(c -> c.id().equals(contactId) && c.accountId().equals(accountId));
        }

        @Override
        public Stream<SurveyResponse> responses(SurveyQuery query) {
            return responses.stream().filter(r -> query.range().contains(r.answeredAt())
                    && ofAccount(r.contactId(), query.accountId()));
        }

        @Override
        public Stream<SurveyInvitation> invitations(SurveyQuery query) {
            return invitations.stream().filter(i -> query.range().contains(i.sentAt())
                    && ofAccount(i.contactId(), query.accountId()));
        }

        @Override
        public Stream<Contract> contracts(ContractQuery query) {
            return contracts.stream().filter(query::matches);
        }

        @Override
        public Stream<Contract> renewalsOf(Collection<String> contractIds) {
            return contracts.stream().filter(k -> k.renewalOf() != null && contractIds.contains(k.renewalOf()));
        }

        @Override
        public Stream<Activity> activities(ActivityQuery query) {
            return activities.stream().filter(query::matches);
        }
    }
}
