package org.accountsuccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every file satisfies the rules of data-format.md: required values, formats, unique ids, resolving references. */
class DemoDataFormatTest {
    private static final Instant HISTORY_FROM = DemoDataSet.HISTORY_START.plusDays(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant HISTORY_UNTIL = DemoDataSet.ANCHOR.plusDays(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    private final List<String> violations = new ArrayList<>();

    @Test
    void usersAccountsAndContacts() {
        CsvTable users = DemoFiles.table("users.csv");
        ids(users, "user_id");
        check(users, "roles", v -> Set.of("admin", "manager", "rep", "hr").containsAll(List.of(v.split(";"))));
        assertThat(users.stream().flatMap(r -> List.of(r.get("roles").split(";")).stream()))
                .contains("admin", "manager", "rep", "hr");

        CsvTable accounts = DemoFiles.table("accounts.csv");
        ids(accounts, "account_id");
        required(accounts, "name");
        check(accounts, "tier", v -> Set.of("1", "2", "3").contains(v));
        references(accounts, "owner", users, "user_id");
        references(accounts, "parent_account_id", accounts, "account_id");
        check(accounts, "currency", v -> v.isEmpty() || v.matches("[A-Z]{3}"));
        Set<String> reps = users.stream().filter(r -> List.of(r.get("roles").split(";")).contains("rep"))
                .map(r -> r.get("user_id")).collect(Collectors.toSet());
        check(accounts, "owner", reps::contains);

        CsvTable contacts = DemoFiles.table("contacts.csv");
        ids(contacts, "contact_id");
        references(contacts, "account_id", accounts, "account_id");
        check(contacts, "role", v -> Set.of("A", "B", "C").contains(v));
        check(contacts, "active", v -> v.equals("true") || v.equals("false"));
        assertThat(violations).isEmpty();
    }

    @Test
    void surveys() {
        CsvTable contacts = DemoFiles.table("contacts.csv");
        CsvTable invitations = DemoFiles.table("invitations.csv");
        ids(invitations, "invitation_id");
        required(invitations, "survey_id");
        references(invitations, "contact_id", contacts, "contact_id");
        check(invitations, "sent_at", DemoDataFormatTest::inHistory);

        CsvTable responses = DemoFiles.table("responses.csv");
        ids(responses, "response_id");
        references(responses, "contact_id", contacts, "contact_id");
        check(responses, "answered_at", DemoDataFormatTest::inHistory);
        check(responses, "score", DemoDataFormatTest::score);
        check(responses, "drivers", v -> v.isEmpty() || List.of(v.split(";", -1)).stream()
                .allMatch(tag -> tag.matches("[+-]?[a-z][a-z ]*[a-z]")));
        references(responses, "survey_id", invitations, "survey_id");

        CsvTable employees = DemoFiles.table("employee_responses.csv");
        ids(employees, "response_id");
        required(employees, "employee_ref");
        required(employees, "department");
        check(employees, "answered_at", DemoDataFormatTest::inHistory);
        check(employees, "score", DemoDataFormatTest::score);
        assertThat(violations).isEmpty();
    }

    @Test
    void contractsRevenueAndRates() {
        CsvTable accounts = DemoFiles.table("accounts.csv");
        CsvTable contracts = DemoFiles.table("contracts.csv");
        ids(contracts, "contract_id");
        references(contracts, "account_id", accounts, "account_id");
        references(contracts, "renewal_of", contracts, "contract_id");
        check(contracts, "start_date", DemoDataFormatTest::date);
        check(contracts, "end_date", v -> v.isEmpty() || date(v));
        check(contracts, "mrr", DemoDataFormatTest::nonNegativeMoney);
        check(contracts, "auto_renew", v -> v.equals("true") || v.equals("false"));
        Map<String, Map<String, String>> byId = contracts.stream()
                .collect(Collectors.toMap(r -> r.get("contract_id"), r -> r));
        for (Map<String, String> c : contracts.rows()) {
            if (!c.get("end_date").isEmpty()
                    && LocalDate.parse(c.get("end_date")).isBefore(LocalDate.parse(c.get("start_date")))) {
                violations.add("contracts.csv " + c.get("contract_id") + ": end before start");
            }
            Map<String, String> renewed = byId.get(c.get("renewal_of"));
            if (renewed != null && !renewed.get("account_id").equals(c.get("account_id"))) {
                violations.add("contracts.csv " + c.get("contract_id") + ": renews another account's contract");
            }
        }

        CsvTable revenue = DemoFiles.table("revenue.csv");
        references(revenue, "account_id", accounts, "account_id");
        check(revenue, "period", v -> {
            YearMonth month = YearMonth.parse(v);
            return month.isAfter(YearMonth.from(DemoDataSet.HISTORY_START).minusMonths(1))
                    && month.isBefore(YearMonth.from(DemoDataSet.ANCHOR));
        });
        check(revenue, "revenue", DemoDataFormatTest::nonNegativeMoney);
        check(revenue, "margin", DemoDataFormatTest::nonNegativeMoney);
        assertThat(revenue.stream().map(r -> r.get("account_id") + "/" + r.get("period"))).doesNotHaveDuplicates();

        CsvTable rates = DemoFiles.table("exchange_rates.csv");
        ids(rates, "currency");
        check(rates, "rate_to_base", v -> nonNegativeMoney(v) && new BigDecimal(v).signum() > 0);
        Set<String> accountCurrencies = accounts.stream().map(r -> r.get("currency")).filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
        assertThat(rates.column("currency")).containsAll(accountCurrencies);
        assertThat(violations).isEmpty();
    }

    @Test
    void activities() {
        CsvTable contacts = DemoFiles.table("contacts.csv");
        CsvTable activities = DemoFiles.table("activities.csv");
        ids(activities, "activity_id");
        references(activities, "account_id", DemoFiles.table("accounts.csv"), "account_id");
        references(activities, "contact_id", contacts, "contact_id");
        check(activities, "type", v -> Set.of("support_ticket", "business_review", "meeting", "call", "email",
                "marketing_email", "visit", "other").contains(v));
        check(activities, "occurred_at", DemoDataFormatTest::inHistory);
        check(activities, "direction", v -> Set.of("", "inbound", "outbound").contains(v));
        check(activities, "status", v -> Set.of("", "open", "closed").contains(v));
        check(activities, "severity", v -> Set.of("", "low", "normal", "high", "critical").contains(v));
        Map<String, String> accountOfContact = new HashMap<>();
        contacts.stream().forEach(r -> accountOfContact.put(r.get("contact_id"), r.get("account_id")));
        activities.stream().filter(r -> !r.get("contact_id").isEmpty())
                .filter(r -> !accountOfContact.get(r.get("contact_id")).equals(r.get("account_id")))
                .forEach(r -> violations.add("activities.csv " + r.get("activity_id")
                        + ": contact of another account"));
        assertThat(violations).isEmpty();
    }

    private void ids(CsvTable table, String column) {
        required(table, column);
        table.stream().collect(Collectors.groupingBy(r -> r.get(column), Collectors.counting()))
                .forEach((id, n) -> {
                    if (n > 1) {
                        violations.add(table.name() + ": id " + id + " appears " + n + " times");
                    }
                });
    }

    private void required(CsvTable table, String column) {
        check(table, column, v -> !v.isBlank());
    }

    /** Every non-empty value of {@code column} names a row of {@code target}. */
    private void references(CsvTable table, String column, CsvTable target, String targetColumn) {
        Set<String> known = Set.copyOf(target.column(targetColumn));
        check(table, column, v -> v.isEmpty() || known.contains(v));
    }

    private void check(CsvTable table, String column, Predicate<String> rule) {
        assertThat(table.header()).as(table.name()).contains(column);
        for (int i = 0; i < table.rows().size(); i++) {
            String value = table.rows().get(i).get(column);
            boolean ok;
            try {
                ok = rule.test(value);
            } catch (DateTimeParseException | NumberFormatException e) {
                ok = false;
            }
            if (!ok) {
                violations.add(table.name() + ":" + (i + 2) + " column " + column + " value '" + value + "'");
            }
        }
    }

    private static boolean inHistory(String timestamp) {
        Instant at = Instant.parse(timestamp);
        return !at.isBefore(HISTORY_FROM) && at.isBefore(HISTORY_UNTIL);
    }

    private static boolean date(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(value) != null;
    }

    private static boolean score(String value) {
        return value.matches("\\d{1,2}") && Integer.parseInt(value) <= 10;
    }

    private static boolean nonNegativeMoney(String value) {
        return value.matches("\\d+(\\.\\d+)?");
    }
}
