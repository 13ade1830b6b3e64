package org.accountsuccess.store.dataset;

import static org.accountsuccess.store.dataset.Column.optional;
import static org.accountsuccess.store.dataset.Column.required;
import static org.accountsuccess.store.dataset.ColumnType.ACTIVITY_TYPE;
import static org.accountsuccess.store.dataset.ColumnType.BOOLEAN;
import static org.accountsuccess.store.dataset.ColumnType.CURRENCY;
import static org.accountsuccess.store.dataset.ColumnType.DATE;
import static org.accountsuccess.store.dataset.ColumnType.DIRECTION;
import static org.accountsuccess.store.dataset.ColumnType.DRIVERS;
import static org.accountsuccess.store.dataset.ColumnType.LONG_TEXT;
import static org.accountsuccess.store.dataset.ColumnType.MONEY;
import static org.accountsuccess.store.dataset.ColumnType.MONTH;
import static org.accountsuccess.store.dataset.ColumnType.NON_NEGATIVE_MONEY;
import static org.accountsuccess.store.dataset.ColumnType.RATE;
import static org.accountsuccess.store.dataset.ColumnType.ROLE;
import static org.accountsuccess.store.dataset.ColumnType.SCORE;
import static org.accountsuccess.store.dataset.ColumnType.SEVERITY;
import static org.accountsuccess.store.dataset.ColumnType.STATUS;
import static org.accountsuccess.store.dataset.ColumnType.TEXT;
import static org.accountsuccess.store.dataset.ColumnType.TIER;
import static org.accountsuccess.store.dataset.ColumnType.TIMESTAMP;
import static org.accountsuccess.store.dataset.ColumnType.USER_ROLES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.host.spi.Account;

/** The files of a data set as data-format.md defines them, in the order they are checked and written. */
final class DataFiles {
    static final DataFile USERS = new DataFile("users.csv", "users", "user",
            List.of(required("user_id", TEXT), optional("name", TEXT), optional("roles", USER_ROLES)),
            List.of("user_id"), List.of(), RowRule.NONE);

    static final DataFile EXCHANGE_RATES = new DataFile("exchange_rates.csv", "exchange_rates", "exchange rate",
            List.of(required("currency", CURRENCY), required("rate_to_base", RATE)),
            List.of("currency"), List.of(), (row, baseCurrency, problem) -> {
                BigDecimal rate = (BigDecimal) row.get("rate_to_base");
                if (baseCurrency.equals(row.get("currency")) && rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
                    problem.accept("rate_to_base", "must be 1 for the base currency " + baseCurrency);
                }
            });

    static final DataFile ACCOUNTS = new DataFile("accounts.csv", "accounts", "account",
            List.of(required("account_id", TEXT), required("name", TEXT), optional("owner", TEXT),
                    optional("segment", TEXT), optional("tier", TIER, Account.DEFAULT_TIER), optional("industry", TEXT),
                    optional("country", TEXT), optional("parent_account_id", TEXT), optional("currency", CURRENCY)),
            List.of("account_id"),
            List.of(new Reference("parent_account_id", "accounts.csv"), new Reference("currency", "exchange_rates.csv")),
            (row, baseCurrency, problem) -> {
                if (row.get("account_id") != null && row.get("account_id").equals(row.get("parent_account_id"))) {
                    problem.accept("parent_account_id", "names the account itself");
                }
            });

    static final DataFile CONTACTS = new DataFile("contacts.csv", "contacts", "contact",
            List.of(required("contact_id", TEXT), required("account_id", TEXT), optional("name", TEXT),
                    optional("email", TEXT), optional("title", TEXT), required("role", ROLE),
                    optional("active", BOOLEAN, Boolean.TRUE)),
            List.of("contact_id"), List.of(new Reference("account_id", "accounts.csv")), RowRule.NONE);

    static final DataFile INVITATIONS = new DataFile("invitations.csv", "invitations", "invitation",
            List.of(required("invitation_id", TEXT), required("survey_id", TEXT), required("contact_id", TEXT),
                    required("sent_at", TIMESTAMP)),
            List.of("invitation_id"), List.of(new Reference("contact_id", "contacts.csv")), RowRule.NONE);

    static final DataFile RESPONSES = new DataFile("responses.csv", "responses", "response",
            List.of(required("response_id", TEXT), required("contact_id", TEXT), required("answered_at", TIMESTAMP),
                    required("score", SCORE), optional("survey_id", TEXT), optional("comment", LONG_TEXT),
                    optional("drivers", DRIVERS)),
            List.of("response_id"), List.of(new Reference("contact_id", "contacts.csv")), RowRule.NONE);

    static final DataFile EMPLOYEE_RESPONSES = new DataFile("employee_responses.csv", "employee_responses",
            "employee response",
            List.of(required("response_id", TEXT), required("employee_ref", TEXT), required("department", TEXT),
                    required("answered_at", TIMESTAMP), required("score", SCORE), optional("comment", LONG_TEXT)),
            List.of("response_id"), List.of(), RowRule.NONE);

    static final DataFile CONTRACTS = new DataFile("contracts.csv", "contracts", "contract",
            List.of(required("contract_id", TEXT), required("account_id", TEXT), required("start_date", DATE),
                    optional("end_date", DATE), required("mrr", NON_NEGATIVE_MONEY), optional("currency", CURRENCY),
                    optional("auto_renew", BOOLEAN, Boolean.FALSE), optional("renewal_of", TEXT),
                    optional("product", TEXT)),
            List.of("contract_id"),
            List.of(new Reference("account_id", "accounts.csv"), new Reference("renewal_of", "contracts.csv"),
                    new Reference("currency", "exchange_rates.csv")),
            (row, baseCurrency, problem) -> {
                LocalDate start = (LocalDate) row.get("start_date");
                LocalDate end = (LocalDate) row.get("end_date");
                if (start != null && end != null && end.isBefore(start)) {
                    problem.accept("end_date", "is before start_date " + start);
                }
                if (row.get("contract_id") != null && row.get("contract_id").equals(row.get("renewal_of"))) {
                    problem.accept("renewal_of", "names the contract itself");
                }
            });

    static final DataFile REVENUE = new DataFile("revenue.csv", "revenue", "revenue entry",
            List.of(required("account_id", TEXT), required("period", MONTH), required("revenue", MONEY),
                    optional("margin", MONEY)),
            List.of("account_id", "period"), List.of(new Reference("account_id", "accounts.csv")), RowRule.NONE);

    static final DataFile ACTIVITIES = new DataFile("activities.csv", "activities", "activity",
            List.of(required("activity_id", TEXT), required("account_id", TEXT), optional("contact_id", TEXT),
                    required("type", ACTIVITY_TYPE), required("occurred_at", TIMESTAMP),
                    optional("direction", DIRECTION), optional("subject", LONG_TEXT), optional("status", STATUS),
                    optional("severity", SEVERITY)),
            List.of("activity_id"),
            List.of(new Reference("account_id", "accounts.csv"), new Reference("contact_id", "contacts.csv")),
            RowRule.NONE);

    /** Every file, each after the files it references. */
    static final List<DataFile> ALL = List.of(USERS, EXCHANGE_RATES, ACCOUNTS, CONTACTS, INVITATIONS, RESPONSES,
            EMPLOYEE_RESPONSES, CONTRACTS, REVENUE, ACTIVITIES);

    /** The one file a data set must have. */
    static final DataFile REQUIRED = ACCOUNTS;

    private DataFiles() {
    }

    static Optional<DataFile> named(String name) {
        return ALL.stream().filter(file -> file.name().equals(name)).findFirst();
    }
}
