package org.accountsuccess.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.account.CommunicationFlags;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.Mrr;
import org.accountsuccess.kpi.retention.MrrBook;

/**
 * Reads one version of the host's data (the fact index's ports) into the engine for one call. A
 * single account, or a small share of the tenant (a rep's accounts), is read with per-account
 * queries, so its figures never scan the tenant; a larger set is read with one tenant-wide stream
 * per kind of record. Every stream is closed after use.
 */
final class HostReader {
    /** What a portfolio is fed with, besides its accounts. */
    enum Feed {
        /** Contacts and their responses. */
        RESPONSES,
        /** Contracts. */
        CONTRACTS,
        /** The activities the communication flags need. */
        ACTIVITIES
    }

    private static final Set<ActivityType> FLAG_ACTIVITIES = flagActivities();
    /** A selection of fewer than one account in this many is read account by account from the index. */
    private static final int SLICED_SHARE = 4;

    private final HostSnapshot snapshot;
    private final HostPorts host;
    private final KpiParameters parameters;

    HostReader(HostSnapshot snapshot, KpiParameters parameters) {
        this.snapshot = snapshot;
        this.host = snapshot.ports();
        this.parameters = parameters;
    }

    /** The version of the host's data this reader reads. */
    HostSnapshot snapshot() {
        return snapshot;
    }

    /** The ports of that version. */
    HostPorts host() {
        return host;
    }

    KpiParameters parameters() {
        return parameters;
    }

    CurrencyConverter converter() {
        ExchangeRateTable table = host.rates() != null ? host.rates().table()
                : ExchangeRateTable.single(parameters.baseCurrency());
        return new CurrencyConverter(table);
    }

    /** The accounts the filter selects, by id. */
    Map<String, Account> accounts(AccountFilter filter) {
        if (filter.accountIds() != null && filter.accountIds().size() == 1) {
            return host.accounts().account(filter.accountIds().iterator().next())
                    .filter(filter::matches)
                    .map(a -> Map.of(a.id(), a))
                    .orElse(Map.of());
        }
        try (Stream<Account> all = host.accounts().accounts()) {
            return all.filter(filter::matches).collect(Collectors.toMap(Account::id, a -> a));
        }
    }

    /** The instants up to the end of {@code day} in the tenant's zone. */
    TimeRange upTo(LocalDate day) {
        return TimeRange.before(day.plusDays(1).atStartOfDay(parameters.zone()).toInstant());
    }

    /**
     * A portfolio of {@code accounts} counted over {@code window}, fed with what {@code feeds}
     * names. Responses are read from {@code responseRange}.
     */
    AccountPortfolio portfolio(Map<String, Account> accounts, DateWindow window, TimeRange responseRange,
            Set<Feed> feeds) {
        AccountPortfolio portfolio = new AccountPortfolio(accounts.values(), window, parameters);
        if (accounts.isEmpty()) {
            return portfolio;
        }
        if (feeds.contains(Feed.RESPONSES)) {
            contacts(accounts, portfolio::addContact);
            responses(accounts, responseRange, portfolio::addResponse);
        }
        if (feeds.contains(Feed.CONTRACTS)) {
            each(accounts, id -> host.contracts().contracts(new ContractQuery(id, null)), portfolio::addContract);
            renewalsOf(portfolio.contractIds(), portfolio::addRenewal);
        }
        if (feeds.contains(Feed.ACTIVITIES)) {
            TimeRange range = upTo(window.to());
            each(accounts, id -> host.activities().activities(new ActivityQuery(id, range, FLAG_ACTIVITIES)),
                    portfolio::addActivity);
        }
        return portfolio;
    }

    /**
     * A portfolio of {@code accounts} as of {@code asOf}: counted over the lookback ending on that
     * day, with every response up to it (for the previous scores).
     */
    AccountPortfolio portfolioAsOf(Map<String, Account> accounts, LocalDate asOf, Set<Feed> feeds) {
        return portfolio(accounts, DateWindow.lookback(asOf, parameters.lookbackDays()), upTo(asOf), feeds);
    }

    /** The contacts of the accounts, by contact id, for attributing survey records to accounts. */
    Set<String> contactIds(Map<String, Account> accounts) {
        Set<String> ids = new HashSet<>();
        contacts(accounts, c -> {
            if (accounts.containsKey(c.accountId())) {
                ids.add(c.id());
            }
        });
        return ids;
    }

    /** The contacts of the accounts (a tenant-wide read may hand over others too). */
    void contacts(Map<String, Account> accounts, Consumer<Contact> consumer) {
        each(accounts, id -> id == null ? host.accounts().allContacts() : host.accounts().contacts(id), consumer);
    }

    /** The responses of the accounts' contacts answered in {@code range} (a tenant-wide read may hand over others too). */
    void responses(Map<String, Account> accounts, TimeRange range, Consumer<SurveyResponse> consumer) {
        each(accounts, id -> host.surveys().responses(new SurveyQuery(id, range)), consumer);
    }

    /** Each account's ARR on {@code day}, from the contracts covering it (0 without one). */
    Map<String, BigDecimal> arrOn(Map<String, Account> accounts, LocalDate day) {
        MrrBook book = mrrBook(accounts); // an early renewal supersedes its predecessor
        Map<String, BigDecimal> arr = new HashMap<>();
        accounts.keySet().forEach(id -> arr.put(id, book.mrrOn(id, day).multiply(Mrr.TWELVE)));
        return arr;
    }

    /**
     * The group key of each account for a cut at {@code day}: its segment, tier or owner, or its
     * account loyalty class as of {@code day}.
     */
    Function<String, String> groupOf(AccountDimension dimension, Map<String, Account> accounts, LocalDate day) {
        return switch (dimension) {
            case SEGMENT -> id -> orNone(accounts.get(id).segment());
            case TIER -> id -> String.valueOf(accounts.get(id).tier());
            case OWNER -> id -> orNone(accounts.get(id).owner());
            case LOYALTY_CLASS -> {
                AccountPortfolio atDay = portfolio(accounts, DateWindow.lookback(day, parameters.lookbackDays()),
                        upTo(day), EnumSet.of(Feed.RESPONSES));
                Map<String, String> classes = atDay.accounts().stream().collect(Collectors.toMap(
                        f -> f.account().id(), f -> f.loyalty().loyaltyClass().name()));
                yield classes::get;
            }
        };
    }

    /**
     * Every contract of the accounts and every renewal of them, wherever booked: each account's MRR
     * on any day, and whether it had MRR before (reactivation).
     */
    MrrBook mrrBook(Map<String, Account> accounts) {
        MrrBook book = new MrrBook(converter());
        contracts(accounts, null, book::add);
        renewalsOf(book.contractIds(), book::addRenewal);
        return book;
    }

    /** The contracts that name one of {@code contractIds} as {@code renewalOf}, on any account. */
    void renewalsOf(Set<String> contractIds, Consumer<Contract> consumer) {
        if (!contractIds.isEmpty()) {
            drain(host.contracts().renewalsOf(contractIds), consumer);
        }
    }

    /** Each contract overlapping {@code window} (every contract when {@code null}) of one of the accounts, with its account. */
    void contracts(Map<String, Account> accounts, DateWindow window, BiConsumer<Contract, Account> consumer) {
        each(accounts, id -> host.contracts().contracts(new ContractQuery(id, window)), c -> {
            Account account = accounts.get(c.accountId());
            if (account != null) {
                consumer.accept(c, account);
            }
        });
    }

    /**
     * The records {@code query} gives for the accounts: one query per account where that is cheap
     * (one account, or a small share of the tenant held in the fact index, whose per-account
     * queries read only the account's slice), else one tenant-wide query ({@code query(null)}),
     * whose records the consumer sorts out.
     */
    private <T> void each(Map<String, Account> accounts, Function<String, Stream<T>> query, Consumer<? super T> consumer) {
        if (accounts.isEmpty()) {
            return;
        }
        boolean sliced = accounts.size() == 1
                || snapshot.index() != null && accounts.size() * SLICED_SHARE < snapshot.index().accountCount();
        if (sliced) {
            for (String id : accounts.keySet()) {
                drain(query.apply(id), consumer);
            }
        } else {
            drain(query.apply(null), consumer);
        }
    }

    /**
     * The account's id when the set holds exactly one account, so that the host is asked for that
     * account alone; {@code null} (every account) otherwise.
     */
    static String single(Map<String, Account> accounts) {
        return accounts.size() == 1 ? accounts.keySet().iterator().next() : null;
    }

    /** Every record of the stream to the consumer, closing the stream. */
    static <T> void drain(Stream<T> stream, Consumer<? super T> consumer) {
        try (stream) {
            stream.forEach(consumer);
        }
    }

    private static String orNone(String value) {
        return value == null ? Cut.NONE : value;
    }

    private static Set<ActivityType> flagActivities() {
        Set<ActivityType> types = EnumSet.copyOf(CommunicationFlags.MEANINGFUL_TOUCH);
        types.add(ActivityType.MARKETING_EMAIL);
        return types;
    }
}
