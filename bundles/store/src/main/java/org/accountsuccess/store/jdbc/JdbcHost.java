package org.accountsuccess.store.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.host.spi.AccessPolicy;
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
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpChange;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.FollowUpUpdates;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/**
 * The host-data SPI over the store's tables (see {@code schema/V1__host_tables.sql}). Every
 * stream is lazy over its result set and releases its connection when closed; a query for one
 * account filters on {@code account_id = ?} in SQL, through an index, so it never reads the
 * whole tenant. Usable without a container: hand it a {@link DataSource} whose schema
 * {@link org.accountsuccess.store.schema.Schema#migrate migrate} has brought up to date.
 */
public class JdbcHost implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog, ExchangeRates,
        EmployeeSurveyRecords, RevenueLedger, FollowUpSink, FollowUpUpdates, AccessPolicy, HostChanges {
    /** Users with one of these roles (users.csv) see every account. */
    private static final Set<String> SEE_ALL_ROLES = Set.of("admin", "manager");
    /** Contract ids per query of {@link #renewalsOf}, well below every driver's parameter limit. */
    private static final int IDS_PER_QUERY = 500;

    private final DataSource dataSource;
    private final String baseCurrency;

    /**
     * @param baseCurrency ISO 4217 code of the base currency; the exchange_rates table holds the others
     */
    public JdbcHost(DataSource dataSource, String baseCurrency) {
        this.dataSource = Objects.requireNonNull(dataSource, "JdbcHost: dataSource");
        this.baseCurrency = Objects.requireNonNull(baseCurrency, "JdbcHost: baseCurrency");
    }

    @Override
    public Optional<Account> account(String accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        try (Stream<Account> accounts = query("SELECT " + HostRows.ACCOUNT_COLUMNS + " FROM accounts",
                new Criteria().when(accountId, "account_id = ?"), HostRows::account)) {
            return accounts.findFirst();
        }
    }

    @Override
    public Stream<Account> accounts() {
        return query("SELECT " + HostRows.ACCOUNT_COLUMNS + " FROM accounts", new Criteria(), HostRows::account);
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        Objects.requireNonNull(accountId, "contacts: accountId");
        return query("SELECT " + HostRows.CONTACT_COLUMNS + " FROM contacts",
                new Criteria().when(accountId, "account_id = ?"), HostRows::contact);
    }

    @Override
    public Stream<Contact> allContacts() {
        return query("SELECT " + HostRows.CONTACT_COLUMNS + " FROM contacts", new Criteria(), HostRows::contact);
    }

    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        return query("SELECT " + HostRows.RESPONSE_COLUMNS + " FROM responses r" + joinContacts(query, "r"),
                surveyCriteria(query, "r.answered_at"), HostRows::response);
    }

    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        return query("SELECT " + HostRows.INVITATION_COLUMNS + " FROM invitations i" + joinContacts(query, "i"),
                surveyCriteria(query, "i.sent_at"), HostRows::invitation);
    }

    /** A survey record belongs to the account of its contact. */
    private static String joinContacts(SurveyQuery query, String alias) {
        return query.accountId() == null ? "" : " JOIN contacts c ON c.contact_id = " + alias + ".contact_id";
    }

    private static Criteria surveyCriteria(SurveyQuery query, String timestamp) {
        return new Criteria().when(query.accountId(), "c.account_id = ?").within(timestamp, query.range());
    }

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        Criteria criteria = new Criteria().when(query.accountId(), "account_id = ?");
        if (query.overlapping() != null) {
            criteria.when(query.overlapping().to(), "start_date <= ?")
                    .when(query.overlapping().from(), "(end_date IS NULL OR end_date >= ?)");
        }
        return query("SELECT " + HostRows.CONTRACT_COLUMNS + " FROM contracts", criteria, HostRows::contract);
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        List<String> ids = contractIds.stream().filter(Objects::nonNull).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
        }
        // flatMap opens one query per chunk as the stream reaches it and closes it when done.
        return chunks.stream().flatMap(chunk -> query("SELECT " + HostRows.CONTRACT_COLUMNS + " FROM contracts",
                new Criteria().in("renewal_of", chunk), HostRows::contract));
    }

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        Criteria criteria = new Criteria().when(query.accountId(), "account_id = ?")
                .within("occurred_at", query.range())
                .in("type", query.types().stream().map(ActivityType::code).sorted().toList());
        return query("SELECT " + HostRows.ACTIVITY_COLUMNS + " FROM activities", criteria, HostRows::activity);
    }

    @Override
    public ExchangeRateTable table() {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (Stream<Map.Entry<String, BigDecimal>> rows = query("SELECT currency, rate_to_base FROM exchange_rates",
                new Criteria(), row -> Map.entry(row.getString(1), SqlValue.normalized(row.getBigDecimal(2))))) {
            rows.forEach(rate -> rates.put(rate.getKey(), rate.getValue()));
        }
        return new ExchangeRateTable(baseCurrency, rates);
    }

    @Override
    public Stream<EmployeeResponse> employeeResponses(TimeRange range) {
        return query("SELECT " + HostRows.EMPLOYEE_RESPONSE_COLUMNS + " FROM employee_responses",
                new Criteria().within("answered_at", range), HostRows::employeeResponse);
    }

    @Override
    public Stream<RevenueEntry> revenue(String accountId, YearMonth from, YearMonth to) {
        Criteria criteria = new Criteria().when(accountId, "account_id = ?")
                .when(from.atDay(1), "period >= ?").when(to.atDay(1), "period <= ?");
        return query("SELECT " + HostRows.REVENUE_COLUMNS + " FROM revenue", criteria, HostRows::revenue);
    }

    @Override
    public boolean submit(FollowUp followUp) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (followUpExists(connection, followUp.responseId())) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO follow_ups (response_id,"
                    + " account_id, contact_id, assignee, kind, due_date, title, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, followUp.responseId());
                insert.setString(2, followUp.accountId());
                insert.setString(3, followUp.contactId());
                insert.setString(4, followUp.assignee());
                insert.setString(5, followUp.kind().name());
                Dialect dialect = Dialect.of(connection);
                SqlValue.DATE.bind(dialect, insert, 6, followUp.dueDate());
                insert.setString(7, followUp.title());
                SqlValue.TIMESTAMP.bind(dialect, insert, 8, Instant.now());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return false; // submitted by someone else between the check and the insert
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("follow-up for response " + followUp.responseId() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Keeps a user's change on the follow-up's row unless the row has that version or a later one
     * (a retry, a late delivery); false then, and for an unknown follow-up.
     */
    @Override
    public boolean update(FollowUpChange change) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Dialect dialect = Dialect.of(connection);
            try (PreparedStatement update = connection.prepareStatement("UPDATE follow_ups SET status = ?,"
                    + " snoozed_until = ?, assignee = ?, note = ?, version = ?, updated_by = ?, updated_at = ?"
                    + " WHERE response_id = ? AND version < ?")) {
                update.setString(1, change.status().name());
                SqlValue.DATE.bind(dialect, update, 2, change.snoozedUntil());
                update.setString(3, change.assignee());
                update.setString(4, change.note());
                update.setLong(5, change.version());
                update.setString(6, change.changedBy());
                SqlValue.TIMESTAMP.bind(dialect, update, 7, change.changedAt());
                update.setString(8, change.followUpId());
                update.setLong(9, change.version());
                return update.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("change " + change.version() + " of follow-up " + change.followUpId()
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean followUpExists(Connection connection, String responseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM follow_ups WHERE response_id = ?")) {
            select.setString(1, responseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** An account's owner sees it; a user with the role admin or manager (users.csv) sees every account. */
    @Override
    public boolean maySee(String userId, Account account) {
        return !visibleAccounts(userId, List.of(account)).isEmpty();
    }

    /** As {@link #maySee}, with at most one query (the user's roles) for any number of accounts. */
    @Override
    public Set<String> visibleAccounts(String userId, Collection<Account> accounts) {
        if (userId == null) {
            return Set.of();
        }
        Set<String> owned = accounts.stream().filter(account -> userId.equals(account.owner())).map(Account::id)
                .collect(Collectors.toSet());
        if (owned.size() == accounts.size() || !seesEveryAccount(userId)) {
            return owned;
        }
        return accounts.stream().map(Account::id).collect(Collectors.toSet());
    }

    private boolean seesEveryAccount(String userId) {
        try (Stream<String> roles = query("SELECT roles FROM users", new Criteria().when(userId, "user_id = ?"),
                row -> row.getString(1))) {
            return roles.filter(Objects::nonNull).flatMap(list -> Arrays.stream(list.split(";")))
                    .map(String::strip).anyMatch(SEE_ALL_ROLES::contains);
        }
    }

    /** The number the store raises with every committed import; one primary-key read. */
    @Override
    public long dataVersion() {
        try (Connection connection = dataSource.getConnection()) {
            return DataVersion.read(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the data version failed: " + e.getMessage(), e);
        }
    }

    private <T> Stream<T> query(String select, Criteria criteria, RowMapper<T> mapper) {
        return ResultStream.open(dataSource, select + criteria.where(), criteria.params(), mapper);
    }
}
