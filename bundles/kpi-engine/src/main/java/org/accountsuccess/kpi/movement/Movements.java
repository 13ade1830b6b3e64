package org.accountsuccess.kpi.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.movement.AccountMovement;
import org.accountsuccess.api.movement.ContactMovement;
import org.accountsuccess.api.movement.Direction;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.nps.AccountNps;
import org.accountsuccess.kpi.nps.NpsMath;
import org.accountsuccess.kpi.nps.ResponseOrder;

/**
 * Climbers and fallers. A contact moves when the class of their latest response up to the as-of
 * day differs from the class of the one before, and the latest falls in the window. An account
 * moves when its loyalty class as of its latest response day differs from its class as of the day
 * before (each over the lookback ending that day), so only that day's responses make the change;
 * it needs at least two responses up to the as-of day, and a non-responder on either side is no
 * move. Feed contacts before responses; records of other accounts are skipped.
 */
public final class Movements {
    private final DateWindow window;
    private final KpiParameters parameters;
    private final Map<String, Account> accounts;
    private final Map<String, Contact> contacts = new HashMap<>();
    private final Map<String, List<SurveyResponse>> responses = new HashMap<>();

    /** @param window the days the latest response must fall in; its last day is the as-of day */
    public Movements(DateWindow window, Map<String, Account> accounts, KpiParameters parameters) {
        this.window = window;
        this.accounts = Map.copyOf(accounts);
        this.parameters = parameters;
    }

    public void addContact(Contact contact) {
        if (accounts.containsKey(contact.accountId())) {
            contacts.put(contact.id(), contact);
        }
    }

    public void addResponse(SurveyResponse response) {
        if (contacts.containsKey(response.contactId()) && !day(response).isAfter(window.to())) {
            responses.computeIfAbsent(response.contactId(), id -> new ArrayList<>()).add(response);
        }
    }

    /** @param arrOf each account's ARR on the as-of day (absent is zero) */
    public MovementReport report(Map<String, BigDecimal> arrOf, String currency) {
        List<ContactMovement> contactMoves = new ArrayList<>();
        Map<String, List<Contact>> byAccount = new TreeMap<>();
        for (Contact contact : contacts.values()) {
            byAccount.computeIfAbsent(contact.accountId(), id -> new ArrayList<>()).add(contact);
            List<SurveyResponse> own = responses.get(contact.id());
            if (own == null || own.size() < 2) {
                continue;
            }
            own.sort(ResponseOrder.CHRONOLOGICAL);
            if (!window.contains(day(own.get(own.size() - 1)))) {
                continue;
            }
            SurveyResponse latest = own.get(own.size() - 1);
            SurveyResponse previous = own.get(own.size() - 2);
            LoyaltyClass before = NpsMath.classify(previous.score());
            LoyaltyClass after = NpsMath.classify(latest.score());
            Direction direction = Direction.of(before, after);
            if (direction != null) {
                Account account = accounts.get(contact.accountId());
                contactMoves.add(new ContactMovement(contact.id(), contact.name(), contact.role(), account.id(),
                        account.name(), arr(arrOf, account.id()), scored(previous), scored(latest), before, after,
                        direction));
            }
        }
        List<AccountMovement> accountMoves = new ArrayList<>();
        byAccount.forEach((accountId, members) -> accountMove(accounts.get(accountId), members, arrOf)
                .ifPresent(accountMoves::add));
        Comparator<ContactMovement> contactOrder = Comparator.comparing(ContactMovement::arr, Comparator.reverseOrder())
                .thenComparing(ContactMovement::contactId);
        Comparator<AccountMovement> accountOrder = Comparator.comparing(AccountMovement::arr, Comparator.reverseOrder())
                .thenComparing(AccountMovement::accountId);
        return new MovementReport(window, currency,
                contactMoves.stream().filter(m -> m.direction() == Direction.CLIMBER).sorted(contactOrder).toList(),
                contactMoves.stream().filter(m -> m.direction() == Direction.FALLER).sorted(contactOrder).toList(),
                accountMoves.stream().filter(m -> m.direction() == Direction.CLIMBER).sorted(accountOrder).toList(),
                accountMoves.stream().filter(m -> m.direction() == Direction.FALLER).sorted(accountOrder).toList());
    }

    private Optional<AccountMovement> accountMove(Account account, List<Contact> members, Map<String, BigDecimal> arrOf) {
        int count = 0;
        LocalDate lastDay = null;
        for (Contact contact : members) {
            for (SurveyResponse r : responses.getOrDefault(contact.id(), List.of())) {
                count++;
                lastDay = lastDay == null || day(r).isAfter(lastDay) ? day(r) : lastDay;
            }
        }
        if (count < 2 || !window.contains(lastDay)) {
            return Optional.empty();
        }
        OptionalDouble before = npsAsOf(members, lastDay.minusDays(1));
        OptionalDouble after = npsAsOf(members, lastDay);
        LoyaltyClass classBefore = AccountNps.classOf(before, parameters);
        LoyaltyClass classAfter = AccountNps.classOf(after, parameters);
        Direction direction = Direction.of(classBefore, classAfter);
        return direction == null ? Optional.empty()
                : Optional.of(new AccountMovement(account.id(), account.name(), arr(arrOf, account.id()), lastDay,
                        before, classBefore, after, classAfter, direction));
    }

    /** Account NPS over each contact's latest response up to {@code day}, counted when in the lookback ending then. */
    private OptionalDouble npsAsOf(List<Contact> members, LocalDate day) {
        DateWindow lookback = DateWindow.lookback(day, parameters.lookbackDays());
        List<AccountNps.Vote> votes = new ArrayList<>();
        for (Contact contact : members) {
            responses.getOrDefault(contact.id(), List.of()).stream()
                    .filter(r -> !day(r).isAfter(day))
                    .max(ResponseOrder.CHRONOLOGICAL)
                    .filter(r -> lookback.contains(day(r)))
                    .ifPresent(r -> votes.add(new AccountNps.Vote(contact.role(), r.score())));
        }
        return AccountNps.of(votes, parameters);
    }

    private static BigDecimal arr(Map<String, BigDecimal> arrOf, String accountId) {
        return arrOf.getOrDefault(accountId, BigDecimal.ZERO);
    }

    private ScoredResponse scored(SurveyResponse response) {
        return new ScoredResponse(response.id(), response.score(), response.answeredAt(), day(response));
    }

    private LocalDate day(SurveyResponse response) {
        return response.answeredAt().atZone(parameters.zone()).toLocalDate();
    }
}
