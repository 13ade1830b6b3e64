package org.accountsuccess.kpi.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.nps.AccountNps;
import org.accountsuccess.kpi.nps.LatestResponses;
import org.accountsuccess.kpi.nps.NpsMath;
import org.accountsuccess.kpi.nps.NpsTally;
import org.accountsuccess.kpi.retention.Mrr;
import org.accountsuccess.kpi.retention.Renewals;

/**
 * What the engine knows of one account as of a day: its contacts, their two latest responses,
 * its contracts and a digest of its activities. Everything an account view needs is computed
 * from here, so one account never needs more than its own data.
 *
 * <p>The counting window ends on the as-of day; a contact's response counts when their latest
 * response up to the as-of day falls in the window.
 */
public final class AccountFacts {
    private final Account account;
    private final DateWindow window;
    private final KpiParameters parameters;
    private final List<Contact> contacts = new ArrayList<>();
    private final Map<String, LatestResponses> responses = new HashMap<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final Renewals renewals = new Renewals();
    private final CommunicationFlags flags;
    private final List<LocalDate> openSevereTickets = new ArrayList<>();
    private boolean anyTicket;

    public AccountFacts(Account account, DateWindow window, KpiParameters parameters) {
        this.account = account;
        this.window = window;
        this.parameters = parameters;
        this.flags = new CommunicationFlags(window.to(), account.tier(), parameters);
    }

    public Account account() {
        return account;
    }

    public LocalDate asOf() {
        return window.to();
    }

    void addContact(Contact contact) {
        contacts.add(contact);
    }

    /** Keeps the response when it is among its contact's two latest up to the as-of day. */
    void addResponse(SurveyResponse response) {
        if (!dayOf(response).isAfter(asOf())) {
            responses.computeIfAbsent(response.contactId(), id -> new LatestResponses()).offer(response);
        }
    }

    void addContract(Contract contract) {
        contracts.add(contract);
        renewals.add(contract);
    }

    /** Records a renewal of one of the account's contracts booked on another account. */
    void addRenewal(Contract renewal) {
        renewals.add(renewal);
    }

    void addActivity(Activity activity) {
        flags.add(activity);
        if (activity.type() == ActivityType.SUPPORT_TICKET) {
            LocalDate day = activity.occurredAt().atZone(parameters.zone()).toLocalDate();
            if (!day.isAfter(asOf())) {
                anyTicket = true;
                if (activity.status() == Activity.Status.OPEN && (activity.severity() == Activity.Severity.HIGH
                        || activity.severity() == Activity.Severity.CRITICAL)) {
                    openSevereTickets.add(day);
                }
            }
        }
    }

    /** True when the account has any support ticket up to the as-of day. */
    public boolean hasTickets() {
        return anyTicket;
    }

    /**
     * The days on which the account's high or critical tickets that are open <em>now</em> were opened,
     * up to the as-of day. Hosts keep a ticket's current status only, so a ticket closed since counts
     * as closed on any past day too.
     */
    public List<LocalDate> openSevereTicketDays() {
        return List.copyOf(openSevereTickets);
    }

    public CommunicationGap communicationGap() {
        return flags.communicationGap();
    }

    public List<Contract> contracts() {
        return List.copyOf(contracts);
    }

    /** The contact's latest response when it falls in the counting window. */
    public Optional<SurveyResponse> countedResponse(String contactId) {
        LatestResponses latest = responses.get(contactId);
        return latest == null ? Optional.empty()
                : latest.latest().filter(r -> window.contains(dayOf(r)));
    }

    /** The class each contact's counted response gives, non-responder without one. */
    public LoyaltyClass classOf(Contact contact) {
        return countedResponse(contact.id()).map(r -> NpsMath.classify(r.score())).orElse(LoyaltyClass.NON_RESPONDER);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    /** Role-weighted account NPS, its class, and the unweighted contact-level NPS with its interval. */
    public AccountLoyalty loyalty() {
        List<AccountNps.Vote> votes = new ArrayList<>();
        NpsTally tally = new NpsTally();
        for (Contact contact : contacts) {
            countedResponse(contact.id()).ifPresent(r -> {
                votes.add(new AccountNps.Vote(contact.role(), r.score()));
                tally.addScore(r.score());
            });
        }
        var accountNps = AccountNps.of(votes, parameters);
        return new AccountLoyalty(accountNps, AccountNps.classOf(accountNps, parameters),
                tally.result(parameters.confidenceZ()));
    }

    /** Every contact with class, latest and previous score, by role, class, name and id. */
    public StakeholderMap stakeholders() {
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (Contact contact : contacts) {
            LatestResponses latest = responses.getOrDefault(contact.id(), new LatestResponses());
            stakeholders.add(new Stakeholder(contact, classOf(contact), latest.latest().map(this::scored),
                    latest.previous().map(this::scored)));
        }
        stakeholders.sort(Comparator.comparing((Stakeholder s) -> s.contact().role())
                .thenComparing(Stakeholder::loyaltyClass)
                .thenComparing(s -> s.contact().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.contact().id()));
        return new StakeholderMap(account.id(), asOf(), window, stakeholders);
    }

    /**
     * Account NPS over the decision makers (role A) alone, from their counted responses; empty when
     * none has one.
     */
    public OptionalDouble decisionMakerNps() {
        List<AccountNps.Vote> votes = new ArrayList<>();
        for (Contact contact : contacts) {
            if (contact.role() == Role.A) {
                countedResponse(contact.id()).ifPresent(r -> votes.add(new AccountNps.Vote(Role.A, r.score())));
            }
        }
        return AccountNps.of(votes, parameters);
    }

    /** Active contacts with a counted response, per role, against what the tier requires. */
    public CoverageCheck coverage() {
        Map<Role, Integer> counted = new EnumMap<>(Role.class);
        for (Contact contact : contacts) {
            if (contact.active() && countedResponse(contact.id()).isPresent()) {
                counted.merge(contact.role(), 1, Integer::sum);
            }
        }
        KpiParameters.CoverageRequirement required = parameters.coverageFor(account.tier());
        List<RoleCoverage> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(new RoleCoverage(role, required.of(role), counted.getOrDefault(role, 0)));
        }
        return new CoverageCheck(account.id(), account.tier(), roles);
    }

    /** The account's MRR on {@code day} in the base currency (an early renewal supersedes its predecessor). */
    public BigDecimal mrrOn(LocalDate day, CurrencyConverter converter) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Contract contract : contracts) {
            if (renewals.counts(contract, day)) {
                sum = sum.add(Mrr.inBase(contract, account, converter));
            }
        }
        return sum;
    }

    /** The contract that ends next (on or after the as-of day) and that no contract (of any account) renews. */
    public Optional<RenewalDue> nextRenewal(CurrencyConverter converter) {
        return dueUnrenewed(LocalDate.MAX, converter).stream().findFirst();
    }

    /**
     * The contracts ending from the as-of day to {@code last} that no contract names as
     * {@code renewalOf} (the account's own, or a renewal fed from another account), by end date then id.
     */
    public List<RenewalDue> dueUnrenewed(LocalDate last, CurrencyConverter converter) {
        return contracts.stream()
                .filter(c -> !c.evergreen() && !c.endDate().isBefore(asOf()) && !c.endDate().isAfter(last)
                        && !renewals.renewed(c.id()))
                .sorted(Comparator.comparing(Contract::endDate).thenComparing(Contract::id))
                .map(c -> new RenewalDue(c, ChronoUnit.DAYS.between(asOf(), c.endDate()),
                        Mrr.inBase(c, account, converter).multiply(Mrr.TWELVE)))
                .toList();
    }

    /** The scorecard with its health, computed from host data whose freshness is {@code dataStatus}. */
    public AccountScorecard scorecard(CurrencyConverter converter, HealthScore health, HostDataStatus dataStatus) {
        BigDecimal mrr = mrrOn(asOf(), converter);
        return new AccountScorecard(account, asOf(), converter.baseCurrency(), mrr, mrr.multiply(Mrr.TWELVE),
                loyalty(), nextRenewal(converter), coverage(), flags.communicationGap(), flags.overContact(), health,
                dataStatus);
    }

    private ScoredResponse scored(SurveyResponse response) {
        return new ScoredResponse(response.id(), response.score(), response.answeredAt(), dayOf(response));
    }

    private LocalDate dayOf(SurveyResponse response) {
        return response.answeredAt().atZone(parameters.zone()).toLocalDate();
    }
}
