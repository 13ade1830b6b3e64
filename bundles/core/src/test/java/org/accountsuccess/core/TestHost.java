package org.accountsuccess.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/**
 * A hand-written host over lists, answering each query by the query record's own semantics. It
 * counts tenant-wide reads, so tests can prove that one account's figures never scan the tenant,
 * and it tracks open streams, so tests can prove every stream is closed.
 */
final class TestHost implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog, ExchangeRates,
        EmployeeSurveyRecords {
    final List<Account> accounts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<SurveyResponse> responses = new ArrayList<>();
    final List<SurveyInvitation> invitations = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<EmployeeResponse> employeeResponses = new ArrayList<>();
    ExchangeRateTable rates = ExchangeRateTable.single("EUR");
    final AtomicInteger tenantWideReads = new AtomicInteger();
    final AtomicInteger openStreams = new AtomicInteger();

    HostBinding binding() {
        return new HostBinding(this, this, this, this, this, this, null);
    }

    // --- builders used by the tests

    Account account(String id, String name, String owner, String segment, int tier, String currency) {
        Account a = new Account(id, name, owner, segment, tier, null, null, null, currency);
        accounts.add(a);
        return a;
    }

    void contact(String id, String accountId, Role role, boolean active) {
        contacts.add(new Contact(id, accountId, "Name " + id, null, null, role, active));
    }

    void response(String id, String contactId, String day, int score) {
        responses.add(new SurveyResponse(id, contactId, at(day), score, "s1", null, List.of()));
    }

    void invitation(String id, String contactId, String day) {
        invitations.add(new SurveyInvitation(id, "s1", contactId, at(day)));
    }

    void contract(String id, String accountId, String start, String end, String mrr, boolean autoRenew,
            String renewalOf) {
        contracts.add(new Contract(id, accountId, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                new BigDecimal(mrr), null, autoRenew, renewalOf, null));
    }

    void activity(String id, String accountId, ActivityType type, String day, Activity.Direction direction) {
        activities.add(new Activity(id, accountId, null, type, at(day), direction, null, null, null));
    }

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    // --- the ports

    @Override
    public Optional<Account> account(String accountId) {
        return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    @Override
    public Stream<Account> accounts() {
        tenantWideReads.incrementAndGet();
        return tracked(accounts.stream());
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        return tracked(contacts.stream().filter(c -> c.accountId().equals(accountId)));
    }

    @Override
    public Stream<Contact> allContacts() {
        tenantWideReads.incrementAndGet();
        return tracked(contacts.stream());
    }

    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        return tracked(bySurveyQuery(query, responses.stream(), SurveyResponse::contactId, SurveyResponse::answeredAt));
    }

    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        return tracked(bySurveyQuery(query, invitations.stream(), SurveyInvitation::contactId,
                SurveyInvitation::sentAt));
    }

    private <T> Stream<T> bySurveyQuery(SurveyQuery query, Stream<T> records,
            java.util.function.Function<T, String> contactOf, java.util.function.Function<T, Instant> timeOf) {
        if (query.accountId() == null) {
            tenantWideReads.incrementAndGet();
        }
        Map<String, String> accountOfContact = new java.util.HashMap<>();
        contacts.forEach(c -> accountOfContact.put(c.id(), c.accountId()));
        return records.filter(r -> query.range().contains(timeOf.apply(r)))
                .filter(r -> query.accountId() == null
                        || query.accountId().equals(accountOfContact.get(contactOf.apply(r))));
    }

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        if (query.accountId() == null) {
            tenantWideReads.incrementAndGet();
        }
        return tracked(contracts.stream().filter(query::matches));
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        return tracked(contracts.stream().filter(c -> c.renewalOf() != null && contractIds.contains(c.renewalOf())));
    }

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        if (query.accountId() == null) {
            tenantWideReads.incrementAndGet();
        }
        return tracked(activities.stream().filter(query::matches));
    }

    @Override
    public ExchangeRateTable table() {
        return rates;
    }

    @Override
    public Stream<EmployeeResponse> employeeResponses(TimeRange range) {
        return tracked(employeeResponses.stream().filter(r -> range.contains(r.answeredAt())));
    }

    private <T> Stream<T> tracked(Stream<T> stream) {
        openStreams.incrementAndGet();
        return stream.onClose(openStreams::decrementAndGet);
    }
}
