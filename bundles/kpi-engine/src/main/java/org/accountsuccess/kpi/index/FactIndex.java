package org.accountsuccess.kpi.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/**
 * One version of the host's data in memory, answering the host-data SPI's queries exactly as the
 * host it was read from would (same records, same filters), from compact columns:
 * contacts, contracts and activities grouped by account, responses and invitations by contact, an
 * account's contacts next to each other, so one account's query reads only its slice. Immutable
 * once built, so any number of threads read it while the next version is built beside it.
 */
public final class FactIndex implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog, ExchangeRates,
        EmployeeSurveyRecords, RevenueLedger {
    /** The months a revenue ledger is read for: every month a host can hold. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(1, 1);
    private static final YearMonth LAST_MONTH = YearMonth.of(9999, 12);

    /**
     * How much the index holds.
     *
     * @param bytes the heap its columns take, estimated from their array sizes
     */
    public record Footprint(int accounts, int contacts, int responses, int invitations, int contracts,
            int activities, int employeeResponses, int revenueEntries, long bytes) {
    }

    /** The ports an index is read from; {@code rates}, {@code employees} and {@code revenue} may be {@code null}. */
    public record Source(AccountDirectory accounts, SurveyRecords surveys, ContractBook contracts,
            ActivityLog activities, ExchangeRates rates, EmployeeSurveyRecords employees, RevenueLedger revenue) {

        /** A source without a revenue ledger. */
        public Source(AccountDirectory accounts, SurveyRecords surveys, ContractBook contracts,
                ActivityLog activities, ExchangeRates rates, EmployeeSurveyRecords employees) {
            this(accounts, surveys, contracts, activities, rates, employees, null);
        }
    }

    private final Dictionary<String> accountIds = new Dictionary<>();
    private final Account[] accounts;
    private final ContactColumns contacts;
    private final ResponseColumns surveys;
    private final ActivityColumns activities;
    private final Contract[] contracts;
    private final int[] contractsByAccount;
    private final Dictionary<String> contractIds = new Dictionary<>();
    /** The contracts renewing contract code {@code k}: {@code renewals[renewalsByContract[k] .. renewalsByContract[k + 1])}. */
    private final int[] renewalsByContract;
    private final int[] renewals;
    private final ExchangeRateTable rates;
    private final List<EmployeeResponse> employeeResponses;
    /** Revenue entries by account, then month: account code {@code a}'s are {@code revenue[revenueByAccount[a] .. revenueByAccount[a + 1])}. */
    private final RevenueEntry[] revenue;
    private final int[] revenueByAccount;

    private FactIndex(Source source) {
        List<Account> read = new ArrayList<>();
        try (Stream<Account> all = source.accounts().accounts()) {
            all.forEachOrdered(a -> {
                accountIds.intern(a.id());
                read.add(a);
            });
        }
        accounts = read.toArray(Account[]::new);
        contacts = ContactColumns.of(source.accounts().allContacts(), accountIds);
        surveys = ResponseColumns.of(source.surveys().responses(SurveyQuery.tenant(TimeRange.ALL)),
                source.surveys().invitations(SurveyQuery.tenant(TimeRange.ALL)), contacts.ids);
        activities = ActivityColumns.of(source.activities().activities(new ActivityQuery(null, TimeRange.ALL, null)),
                accountIds, contacts.ids);
        List<Contract> allContracts;
        try (Stream<Contract> all = source.contracts().contracts(ContractQuery.ALL)) {
            allContracts = all.toList();
        }
        int[] accountOf = allContracts.stream().mapToInt(k -> accountIds.intern(k.accountId())).toArray();
        Grouping grouping = Grouping.of(accountOf, accountOf.length, accountIds.size());
        contracts = Arrays.stream(grouping.order()).mapToObj(allContracts::get).toArray(Contract[]::new);
        contractsByAccount = grouping.offsets();
        for (Contract k : contracts) {
            contractIds.intern(k.id());
        }
        int[] renewalOf = Arrays.stream(contracts).mapToInt(k -> contractIds.intern(k.renewalOf())).toArray();
        int[] renewed = IntStream.range(0, contracts.length).filter(k -> renewalOf[k] >= 0).toArray();
        Grouping byPredecessor = Grouping.of(Arrays.stream(renewed).map(k -> renewalOf[k]).toArray(), renewed.length,
                contractIds.size());
        renewals = Arrays.stream(byPredecessor.order()).map(i -> renewed[i]).toArray();
        renewalsByContract = byPredecessor.offsets();
        rates = source.rates() == null ? null : source.rates().table();
        if (source.employees() == null) {
            employeeResponses = List.of();
        } else {
            try (Stream<EmployeeResponse> all = source.employees().employeeResponses(TimeRange.ALL)) {
                employeeResponses = all.toList();
            }
        }
        List<RevenueEntry> entries;
        if (source.revenue() == null) {
            entries = List.of();
        } else {
            try (Stream<RevenueEntry> all = source.revenue().revenue(null, FIRST_MONTH, LAST_MONTH)) {
                entries = all.sorted(Comparator.comparing(RevenueEntry::period)).toList();
            }
        }
        int[] revenueAccount = entries.stream().mapToInt(e -> accountIds.intern(e.accountId())).toArray();
        Grouping byAccount = Grouping.of(revenueAccount, revenueAccount.length, accountIds.size());
        revenue = Arrays.stream(byAccount.order()).mapToObj(entries::get).toArray(RevenueEntry[]::new);
        revenueByAccount = byAccount.offsets();
    }

    /** Reads every record the source's ports hand over into a new index. */
    public static FactIndex read(Source source) {
        return new FactIndex(source);
    }

    public Footprint footprint() {
        long bytes = contacts.footprint() + surveys.footprint() + activities.footprint()
                + 160L * accounts.length + 120L * contracts.length + 12L * renewals.length + 120L * employeeResponses.size()
                + 100L * revenue.length;
        return new Footprint(accounts.length, contacts.rows(), surveys.responseCount(), surveys.invitationCount(),
                contracts.length, activities.count(), employeeResponses.size(), revenue.length, bytes);
    }

    /** The number of accounts. */
    public int accountCount() {
        return accounts.length;
    }

    /** Whether the source had an exchange-rate table. */
    public boolean hasRates() {
        return rates != null;
    }

    // AccountDirectory

    @Override
    public Optional<Account> account(String accountId) {
        int a = accountIds.find(accountId);
        return a >= 0 && a < accounts.length ? Optional.of(accounts[a]) : Optional.empty();
    }

    @Override
    public Stream<Account> accounts() {
        return Arrays.stream(accounts);
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        int a = accountIds.find(accountId);
        return a < 0 || a + 1 >= contacts.byAccount.length ? Stream.empty() : contacts.ofAccount(a);
    }

    @Override
    public Stream<Contact> allContacts() {
        return IntStream.range(0, contacts.rows()).mapToObj(contacts::record);
    }

    // SurveyRecords

    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        if (query.accountId() == null) {
            return surveys.responses(-1, 0, query);
        }
        int a = accountIds.find(query.accountId());
        return a < 0 || a + 1 >= contacts.byAccount.length ? Stream.empty()
                : surveys.responses(contacts.byAccount[a], contacts.byAccount[a + 1], query);
    }

    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        if (query.accountId() == null) {
            return surveys.invitations(-1, 0, query);
        }
        int a = accountIds.find(query.accountId());
        return a < 0 || a + 1 >= contacts.byAccount.length ? Stream.empty()
                : surveys.invitations(contacts.byAccount[a], contacts.byAccount[a + 1], query);
    }

    /**
     * The scores of the responses answered in {@code range} by the contacts of {@code accountIds}
     * (accounts of this index), straight from the score column: what a survey-level NPS counts.
     */
    public void scores(Collection<String> accountIds, TimeRange range, IntConsumer consumer) {
        if (accountIds.size() == accounts.length) {
            surveys.scores(0, contacts.byAccount[accounts.length], range, consumer);
            return;
        }
        for (String id : accountIds) {
            int a = this.accountIds.find(id);
            if (a >= 0 && a < accounts.length) {
                surveys.scores(contacts.byAccount[a], contacts.byAccount[a + 1], range, consumer);
            }
        }
    }

    // ContractBook

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        Stream<Contract> rows;
        if (query.accountId() == null) {
            rows = Arrays.stream(contracts);
        } else {
            int a = accountIds.find(query.accountId());
            rows = a < 0 || a + 1 >= contractsByAccount.length ? Stream.empty()
                    : Arrays.stream(contracts, contractsByAccount[a], contractsByAccount[a + 1]);
        }
        return query.overlapping() == null ? rows : rows.filter(query::matches);
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        return contractIds.stream().distinct()
                .mapToInt(this.contractIds::find)
                .filter(k -> k >= 0 && k + 1 < renewalsByContract.length)
                .flatMap(k -> IntStream.range(renewalsByContract[k], renewalsByContract[k + 1]).map(i -> renewals[i]))
                .mapToObj(k -> contracts[k]);
    }

    // ActivityLog

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        if (query.accountId() == null) {
            return activities.activities(-1, query);
        }
        int a = accountIds.find(query.accountId());
        return a < 0 ? Stream.empty() : activities.activities(a, query);
    }

    // ExchangeRates

    /** The source's rate table; only called when {@link #hasRates()}. */
    @Override
    public ExchangeRateTable table() {
        return rates;
    }

    // EmployeeSurveyRecords

    @Override
    public Stream<EmployeeResponse> employeeResponses(TimeRange range) {
        return employeeResponses.stream().filter(e -> range.contains(e.answeredAt()));
    }

    // RevenueLedger

    @Override
    public Stream<RevenueEntry> revenue(String accountId, YearMonth from, YearMonth to) {
        Stream<RevenueEntry> rows;
        if (accountId == null) {
            rows = Arrays.stream(revenue);
        } else {
            int a = accountIds.find(accountId);
            rows = a < 0 || a + 1 >= revenueByAccount.length ? Stream.empty()
                    : Arrays.stream(revenue, revenueByAccount[a], revenueByAccount[a + 1]);
        }
        return rows.filter(e -> e.period().compareTo(from) >= 0 && e.period().compareTo(to) <= 0);
    }
}
