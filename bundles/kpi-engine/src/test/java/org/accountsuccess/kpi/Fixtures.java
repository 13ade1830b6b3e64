package org.accountsuccess.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Small builders of host records for the engine tests: every test states the values it is about
 * and leaves the rest to these defaults (base currency EUR, UTC, the parameters of metrics.md).
 */
public final class Fixtures {
    /** The defaults of metrics.md. */
    public static final KpiParameters DEFAULTS = KpiParameters.defaults();
    /** The 95 % normal quantile of metrics.md. */
    public static final double Z95 = 1.96;

    private Fixtures() {
    }

    // ---- time ----

    public static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** An instant such as {@code 2024-06-30T10:00:00Z}. */
    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    /** Noon UTC of the day: the same date in UTC and in any zone within 11 hours of it. */
    public static Instant noon(String isoDate) {
        return day(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public static DateWindow window(String from, String to) {
        return new DateWindow(day(from), day(to));
    }

    /** The defaults with another tenant time zone. */
    public static KpiParameters inZone(String zone) {
        KpiParameters d = DEFAULTS;
        return new KpiParameters(ZoneId.of(zone), d.baseCurrency(), d.lookbackDays(), d.weightA(), d.weightB(),
                d.weightC(), d.promoterAccountThreshold(), d.detractorAccountThreshold(), d.confidenceZ(),
                d.coverage(), d.gapLimitDays(), d.overContactThreshold(), d.overContactWindowDays(),
                d.anonymityFloor(), d.lifecycleHeadShare());
    }

    // ---- money ----

    /** A tenant that works in EUR only. */
    public static CurrencyConverter eurOnly() {
        return new CurrencyConverter(ExchangeRateTable.single("EUR"));
    }

    /** EUR base with one US dollar worth {@code usdToEur} euros. */
    public static CurrencyConverter eurWithUsd(String usdToEur) {
        return new CurrencyConverter(new ExchangeRateTable("EUR", Map.of("USD", new BigDecimal(usdToEur))));
    }

    // ---- records ----

    public static Account account(String id, int tier) {
        return account(id, tier, null, null, null);
    }

    public static Account account(String id, int tier, String segment, String owner, String currency) {
        return new Account(id, "Account " + id, owner, segment, tier, null, null, null, currency);
    }

    public static Contact contact(String id, String accountId, Role role) {
        return contact(id, accountId, role, "Contact " + id, true);
    }

    public static Contact contact(String id, String accountId, Role role, String name, boolean active) {
        return new Contact(id, accountId, name, null, null, role, active);
    }

    public static SurveyResponse response(String id, String contactId, Instant answeredAt, int score) {
        return new SurveyResponse(id, contactId, answeredAt, score, null, null, List.of());
    }

    /** A response answered at noon UTC of {@code isoDate}. */
    public static SurveyResponse responseOn(String id, String contactId, String isoDate, int score) {
        return response(id, contactId, noon(isoDate), score);
    }

    public static SurveyInvitation invitation(String id, String contactId, String isoDate) {
        return new SurveyInvitation(id, "s-1", contactId, noon(isoDate));
    }

    public static EmployeeResponse employeeResponse(String id, String department, String isoDate, int score) {
        return new EmployeeResponse(id, "emp-" + id, department, noon(isoDate), score, null);
    }

    public static Activity activity(String id, String accountId, ActivityType type, Instant occurredAt) {
        return activity(id, accountId, type, occurredAt, null);
    }

    public static Activity activity(String id, String accountId, ActivityType type, Instant occurredAt,
            Activity.Direction direction) {
        return new Activity(id, accountId, null, type, occurredAt, direction, null, null, null);
    }

    /** A contract of {@code mrr} (base currency) from {@code start}; chain the optional parts. */
    public static ContractBuilder contract(String id, String accountId, String start, String mrr) {
        return new ContractBuilder(id, accountId, day(start), new BigDecimal(mrr));
    }

    /** A contract being built; {@link #build()} checks it like the host would. */
    public static final class ContractBuilder {
        private final String id;
        private final String accountId;
        private final LocalDate start;
        private final BigDecimal mrr;
        private LocalDate end;
        private String currency;
        private boolean autoRenew;
        private String renewalOf;

        private ContractBuilder(String id, String accountId, LocalDate start, BigDecimal mrr) {
            this.id = id;
            this.accountId = accountId;
            this.start = start;
            this.mrr = mrr;
        }

        /** The last covered day (inclusive); without it the contract is evergreen. */
        public ContractBuilder until(String lastDay) {
            end = day(lastDay);
            return this;
        }

        public ContractBuilder in(String isoCurrency) {
            currency = isoCurrency;
            return this;
        }

        public ContractBuilder autoRenew() {
            autoRenew = true;
            return this;
        }

        public ContractBuilder renews(String contractId) {
            renewalOf = contractId;
            return this;
        }

        public Contract build() {
            return new Contract(id, accountId, start, end, mrr, currency, autoRenew, renewalOf, null);
        }
    }

    // ---- portfolios ----

    /** A portfolio counted over the default lookback ending on {@code asOf}. */
    public static PortfolioBuilder portfolioAsOf(String asOf) {
        return new PortfolioBuilder(day(asOf));
    }

    /** Collects records in any order and feeds them to an {@link AccountPortfolio} in the order it needs. */
    public static final class PortfolioBuilder {
        private final LocalDate asOf;
        private KpiParameters parameters = DEFAULTS;
        private final List<Account> accounts = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<SurveyResponse> responses = new ArrayList<>();
        private final List<Contract> contracts = new ArrayList<>();
        private final List<Contract> renewals = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();

        private PortfolioBuilder(LocalDate asOf) {
            this.asOf = asOf;
        }

        public PortfolioBuilder parameters(KpiParameters p) {
            parameters = p;
            return this;
        }

        public PortfolioBuilder accounts(Account... a) {
            accounts.addAll(Arrays.asList(a));
            return this;
        }

        public PortfolioBuilder contacts(Contact... c) {
            contacts.addAll(Arrays.asList(c));
            return this;
        }

        public PortfolioBuilder responses(SurveyResponse... r) {
            responses.addAll(Arrays.asList(r));
            return this;
        }

        public PortfolioBuilder contracts(Contract... c) {
            contracts.addAll(Arrays.asList(c));
            return this;
        }

        /** Contracts of accounts outside the portfolio that renew some of its contracts. */
        public PortfolioBuilder renewals(Contract... c) {
            renewals.addAll(Arrays.asList(c));
            return this;
        }

        public PortfolioBuilder activities(Activity... a) {
            activities.addAll(Arrays.asList(a));
            return this;
        }

        public AccountPortfolio build() {
            AccountPortfolio portfolio = AccountPortfolio.asOf(accounts, asOf, parameters);
            contacts.forEach(portfolio::addContact);
            responses.forEach(portfolio::addResponse);
            contracts.forEach(portfolio::addContract);
            // as the host's renewalsOf hands them over: every renewal of a contract fed, on any account
            contracts.forEach(portfolio::addRenewal);
            renewals.forEach(portfolio::addRenewal);
            activities.forEach(portfolio::addActivity);
            return portfolio;
        }
    }
}
