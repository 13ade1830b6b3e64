package org.accountsuccess.benchmarks.tenant;

import static org.accountsuccess.benchmarks.tenant.IdKind.ACCOUNT;
import static org.accountsuccess.benchmarks.tenant.IdKind.ACTIVITY;
import static org.accountsuccess.benchmarks.tenant.IdKind.CONTACT;
import static org.accountsuccess.benchmarks.tenant.IdKind.CONTRACT;
import static org.accountsuccess.benchmarks.tenant.IdKind.INVITATION;
import static org.accountsuccess.benchmarks.tenant.IdKind.RESPONSE;
import static org.accountsuccess.benchmarks.tenant.IdKind.USER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
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
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/**
 * A host that holds a generated tenant in primitive columns ({@link Tenant}) and builds the SPI
 * records only as the returned streams are consumed. A query for one account reads that account's
 * slice of each column and nothing else; a tenant-wide query walks the columns lazily.
 */
public final class InMemoryHost implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog, ExchangeRates {

    /**
     * How many rows of each kind the host holds.
     */
    public record RowCounts(int accounts, int contacts, int responses, int invitations, int contracts,
            int activities) {
    }

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final Activity.Direction[] DIRECTIONS = Activity.Direction.values();
    private static final Activity.Status[] STATUSES = Activity.Status.values();
    private static final Activity.Severity[] SEVERITIES = Activity.Severity.values();
    private static final Role[] ROLES = Role.values();
    private static final int ALL_TYPES = (1 << TYPES.length) - 1;

    private final Tenant tenant;
    private final ExchangeRateTable rates;
    /** The contracts that renew contract {@code k}: {@code renewals[renewalsByContract[k] .. renewalsByContract[k + 1])}. */
    private final int[] renewalsByContract;
    private final int[] renewals;

    InMemoryHost(Tenant tenant, ExchangeRateTable rates) {
        this.tenant = tenant;
        this.rates = rates;
        Tenant.Contracts contracts = tenant.contracts;
        renewalsByContract = new int[contracts.count + 1];
        for (int k = 0; k < contracts.count; k++) {
            if (contracts.renewalOf[k] >= 0) {
                renewalsByContract[contracts.renewalOf[k] + 1]++;
            }
        }
        for (int k = 0; k < contracts.count; k++) {
            renewalsByContract[k + 1] += renewalsByContract[k];
        }
        renewals = new int[renewalsByContract[contracts.count]];
        int[] next = renewalsByContract.clone();
        for (int k = 0; k < contracts.count; k++) {
            if (contracts.renewalOf[k] >= 0) {
                renewals[next[contracts.renewalOf[k]]++] = k;
            }
        }
    }

    public RowCounts counts() {
        return new RowCounts(tenant.accounts.count, tenant.contacts.count, tenant.responses.count,
                tenant.invitations.count, tenant.contracts.count, tenant.activities.count);
    }

    // AccountDirectory

    @Override
    public Optional<Account> account(String accountId) {
        int a = accountRow(accountId);
        return a < 0 ? Optional.empty() : Optional.of(account(a));
    }

    @Override
    public Stream<Account> accounts() {
        return IntStream.range(0, tenant.accounts.count).mapToObj(this::account);
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        int a = accountRow(accountId);
        return a < 0 ? Stream.empty() : contactsOf(a);
    }

    @Override
    public Stream<Contact> allContacts() {
        return IntStream.range(0, tenant.accounts.count).boxed().flatMap(this::contactsOf);
    }

    private Stream<Contact> contactsOf(int a) {
        String accountId = ACCOUNT.id(a);
        int[] byAccount = tenant.contacts.byAccount;
        return IntStream.range(byAccount[a], byAccount[a + 1]).mapToObj(c -> contact(c, accountId));
    }

    // SurveyRecords

    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        SecondsRange range = SecondsRange.of(query.range());
        Tenant.Responses responses = tenant.responses;
        return rowsOfContacts(query.accountId(), responses.byContact)
                .filter(r -> range.contains(responses.answeredAt[r]))
                .mapToObj(this::response);
    }

    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        SecondsRange range = SecondsRange.of(query.range());
        Tenant.Invitations invitations = tenant.invitations;
        return rowsOfContacts(query.accountId(), invitations.byContact)
                .filter(i -> range.contains(invitations.sentAt[i]))
                .mapToObj(this::invitation);
    }

    /**
     * The rows, grouped by contact, of one account's contacts or of every contact. An account's
     * contacts are consecutive, so its rows are one slice.
     */
    private IntStream rowsOfContacts(String accountId, int[] byContact) {
        if (accountId == null) {
            return IntStream.range(0, Tenant.count(byContact));
        }
        int a = accountRow(accountId);
        if (a < 0) {
            return IntStream.empty();
        }
        int[] contacts = tenant.contacts.byAccount;
        return IntStream.range(byContact[contacts[a]], byContact[contacts[a + 1]]);
    }

    // ContractBook

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        Tenant.Contracts contracts = tenant.contracts;
        IntStream rows;
        if (query.accountId() == null) {
            rows = IntStream.range(0, contracts.count);
        } else {
            int a = accountRow(query.accountId());
            rows = a < 0 ? IntStream.empty() : IntStream.range(contracts.byAccount[a], contracts.byAccount[a + 1]);
        }
        if (query.overlapping() != null) {
            long from = query.overlapping().from().toEpochDay();
            long to = query.overlapping().to().toEpochDay();
            rows = rows.filter(k -> contracts.startDay[k] <= to
                    && (contracts.endDay[k] == Tenant.Contracts.EVERGREEN || contracts.endDay[k] >= from));
        }
        return rows.mapToObj(this::contract);
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        return contractIds.stream().distinct()
                .mapToInt(id -> CONTRACT.row(id, tenant.contracts.count))
                .filter(k -> k >= 0)
                .flatMap(k -> IntStream.range(renewalsByContract[k], renewalsByContract[k + 1]).map(i -> renewals[i]))
                .mapToObj(this::contract);
    }

    // ActivityLog

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        SecondsRange range = SecondsRange.of(query.range());
        int types = query.types().isEmpty() ? ALL_TYPES
                : query.types().stream().mapToInt(t -> 1 << t.ordinal()).reduce(0, (x, y) -> x | y);
        if (query.accountId() == null) {
            return IntStream.range(0, tenant.accounts.count).boxed().flatMap(a -> activitiesOf(a, range, types));
        }
        int a = accountRow(query.accountId());
        return a < 0 ? Stream.empty() : activitiesOf(a, range, types);
    }

    private Stream<Activity> activitiesOf(int a, SecondsRange range, int types) {
        Tenant.Activities activities = tenant.activities;
        String accountId = ACCOUNT.id(a);
        return IntStream.range(activities.byAccount[a], activities.byAccount[a + 1])
                .filter(x -> range.contains(activities.occurredAt[x]) && (types & 1 << activities.type[x]) != 0)
                .mapToObj(x -> activity(x, accountId));
    }

    // ExchangeRates

    @Override
    public ExchangeRateTable table() {
        return rates;
    }

    // Rows to records

    private int accountRow(String accountId) {
        return ACCOUNT.row(accountId, tenant.accounts.count);
    }

    private Account account(int a) {
        Tenant.Accounts accounts = tenant.accounts;
        return new Account(ACCOUNT.id(a), accountName(a),
                accounts.owner[a] < 0 ? null : USER.id(accounts.owner[a]),
                Vocabulary.SEGMENTS.get(accounts.segment[a]),
                accounts.tier[a],
                Vocabulary.INDUSTRIES.get(accounts.industry[a]),
                Vocabulary.COUNTRIES.get(accounts.country[a]),
                accounts.parent[a] < 0 ? null : ACCOUNT.id(accounts.parent[a]),
                Vocabulary.CURRENCIES.get(accounts.currency[a]));
    }

    /** "Northwind Logistics", then "Northwind Logistics 2" once every stem and suffix is taken. */
    private static String accountName(int a) {
        int stems = Vocabulary.NAME_STEMS.size();
        int pairs = stems * Vocabulary.NAME_SUFFIXES.size();
        String name = Vocabulary.NAME_STEMS.get(a % stems) + " " + Vocabulary.NAME_SUFFIXES.get(a % pairs / stems);
        return a < pairs ? name : name + " " + (a / pairs + 1);
    }

    private Contact contact(int c, String accountId) {
        Tenant.Contacts contacts = tenant.contacts;
        int firstNames = Vocabulary.FIRST_NAMES.size();
        String first = Vocabulary.FIRST_NAMES.get(c % firstNames);
        String last = Vocabulary.LAST_NAMES.get(c / firstNames % Vocabulary.LAST_NAMES.size());
        List<String> titles = Vocabulary.TITLES.get(contacts.role[c]);
        return new Contact(CONTACT.id(c), accountId, first + " " + last,
                (first + "." + last).toLowerCase(Locale.ROOT) + "." + c + "@example.com",
                titles.get(c % titles.size()), ROLES[contacts.role[c]], contacts.active[c]);
    }

    private SurveyResponse response(int r) {
        Tenant.Responses responses = tenant.responses;
        int score = responses.score[r];
        int scoreClass = score <= 6 ? 0 : score <= 8 ? 1 : 2;
        // Two responses in three carry a comment.
        String comment = r % 3 == 0 ? null : Comments.of(r, scoreClass);
        return new SurveyResponse(RESPONSE.id(r), CONTACT.id(responses.contact[r]),
                Instant.ofEpochSecond(responses.answeredAt[r]), score, Vocabulary.SURVEYS.get(responses.survey[r]),
                comment, drivers(responses.drivers[r], scoreClass));
    }

    /** Detractors name drivers as weaknesses, promoters as strengths, passives without a sign. */
    private static List<DriverTag> drivers(byte packed, int scoreClass) {
        if (packed == 0) {
            return List.of();
        }
        DriverTag.Polarity polarity = switch (scoreClass) {
            case 0 -> DriverTag.Polarity.NEGATIVE;
            case 1 -> DriverTag.Polarity.NEUTRAL;
            default -> DriverTag.Polarity.POSITIVE;
        };
        List<DriverTag> tags = new ArrayList<>(2);
        for (int nibble = packed & 0xff; nibble != 0; nibble >>>= 4) {
            tags.add(new DriverTag(Vocabulary.DRIVERS.get((nibble & 0xf) - 1), polarity));
        }
        return tags;
    }

    private SurveyInvitation invitation(int i) {
        Tenant.Invitations invitations = tenant.invitations;
        return new SurveyInvitation(INVITATION.id(i), Vocabulary.SURVEYS.get(invitations.survey[i]),
                CONTACT.id(invitations.contact[i]), Instant.ofEpochSecond(invitations.sentAt[i]));
    }

    private Contract contract(int k) {
        Tenant.Contracts contracts = tenant.contracts;
        int end = contracts.endDay[k];
        return new Contract(CONTRACT.id(k), ACCOUNT.id(contracts.account[k]), LocalDate.ofEpochDay(contracts.startDay[k]),
                end == Tenant.Contracts.EVERGREEN ? null : LocalDate.ofEpochDay(end),
                BigDecimal.valueOf(contracts.mrrCents[k], 2),
                Vocabulary.CURRENCIES.get(contracts.currency[k]),
                contracts.autoRenew[k],
                contracts.renewalOf[k] < 0 ? null : CONTRACT.id(contracts.renewalOf[k]),
                Vocabulary.PRODUCTS.get(contracts.product[k]));
    }

    private Activity activity(int x, String accountId) {
        Tenant.Activities activities = tenant.activities;
        int type = activities.type[x];
        List<String> subjects = Vocabulary.SUBJECTS.get(type);
        return new Activity(ACTIVITY.id(x), accountId,
                activities.contact[x] < 0 ? null : CONTACT.id(activities.contact[x]),
                TYPES[type], Instant.ofEpochSecond(activities.occurredAt[x]),
                decode(DIRECTIONS, activities.direction[x]),
                subjects.get(x % subjects.size()),
                decode(STATUSES, activities.status[x]),
                decode(SEVERITIES, activities.severity[x]));
    }

    /** An optional enum column: 0 is absent, else the ordinal + 1. */
    private static <E> E decode(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }

    /**
     * A {@link TimeRange} in whole epoch seconds, the resolution of the stored times, so that a
     * row is tested without building an {@link Instant}: {@code second} is in the range exactly when
     * {@code TimeRange.contains(Instant.ofEpochSecond(second))}.
     */
    private record SecondsRange(long from, long until) {
        static SecondsRange of(TimeRange range) {
            return new SecondsRange(range.from() == null ? Long.MIN_VALUE : ceilSeconds(range.from()),
                    range.until() == null ? Long.MAX_VALUE : ceilSeconds(range.until()));
        }

        private static long ceilSeconds(Instant instant) {
            return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
        }

        boolean contains(long second) {
            return second >= from && second < until;
        }
    }
}
