package org.accountsuccess.kpi.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.changes.AccountChanges.Change;
import org.accountsuccess.api.changes.ContactMove;
import org.accountsuccess.api.changes.FactorChange;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.host.spi.Contact;

/** Why an account moved between two days: its health factor by factor, its account NPS, and who moved class. */
public final class AccountChangesBetween {

    /** What is known of an account on one day. */
    public record Day(LocalDate asOf, HealthScore health, AccountLoyalty loyalty, List<Stakeholder> stakeholders) {
        public Day {
            Objects.requireNonNull(asOf, "Day: 'asOf' is required");
            Objects.requireNonNull(health, "Day: 'health' is required");
            Objects.requireNonNull(loyalty, "Day: 'loyalty' is required");
            stakeholders = List.copyOf(stakeholders);
        }
    }

    private AccountChangesBetween() {
    }

    /**
     * The account on {@code before.asOf()} against {@code after.asOf()}. A factor without data on a
     * day has no score and adds nothing that day; a contact on only one of the days counts as a
     * non-responder on the other.
     */
    public static AccountChanges of(String accountId, Day before, Day after) {
        return new AccountChanges(accountId, before.asOf(), after.asOf(),
                Change.of(before.health().score(), after.health().score()), before.health().band(), after.health().band(),
                Change.of(before.loyalty().accountNps(), after.loyalty().accountNps()), before.loyalty().loyaltyClass(),
                after.loyalty().loyaltyClass(), factors(before.health(), after.health()),
                contacts(before.stakeholders(), after.stakeholders()));
    }

    private static List<FactorChange> factors(HealthScore before, HealthScore after) {
        Set<String> names = new LinkedHashSet<>();
        for (HealthScore score : List.of(before, after)) {
            score.factors().forEach(f -> names.add(f.factor()));
            score.missing().forEach(m -> names.add(m.factor()));
        }
        Map<String, FactorScore> scoredBefore = byName(before.factors(), FactorScore::factor);
        Map<String, FactorScore> scoredAfter = byName(after.factors(), FactorScore::factor);
        Map<String, MissingFactor> missingBefore = byName(before.missing(), MissingFactor::factor);
        Map<String, MissingFactor> missingAfter = byName(after.missing(), MissingFactor::factor);
        List<FactorChange> changes = new ArrayList<>();
        for (String name : names) {
            Optional<FactorScore> b = Optional.ofNullable(scoredBefore.get(name));
            Optional<FactorScore> a = Optional.ofNullable(scoredAfter.get(name));
            changes.add(new FactorChange(name,
                    Change.of(score(b), score(a)),
                    Change.of(OptionalDouble.of(b.map(FactorScore::contribution).orElse(0.0)),
                            OptionalDouble.of(a.map(FactorScore::contribution).orElse(0.0))),
                    reason(b, missingBefore.get(name)), reason(a, missingAfter.get(name))));
        }
        changes.sort(Comparator.comparingDouble((FactorChange c) -> -Math.abs(c.contribution().change().getAsDouble()))
                .thenComparing(FactorChange::factor));
        return changes;
    }

    private static OptionalDouble score(Optional<FactorScore> factor) {
        return factor.map(f -> OptionalDouble.of(f.score())).orElse(OptionalDouble.empty());
    }

    private static String reason(Optional<FactorScore> scored, MissingFactor missing) {
        return scored.map(FactorScore::reason).orElse(missing == null ? null : missing.reason());
    }

    private static List<ContactMove> contacts(List<Stakeholder> before, List<Stakeholder> after) {
        Map<String, Stakeholder> then = byName(before, s -> s.contact().id());
        Map<String, Stakeholder> now = byName(after, s -> s.contact().id());
        Set<String> ids = new LinkedHashSet<>(then.keySet());
        ids.addAll(now.keySet());
        List<ContactMove> moves = new ArrayList<>();
        for (String id : ids) {
            LoyaltyClass was = classOf(then.get(id));
            LoyaltyClass is = classOf(now.get(id));
            if (was != is) {
                Contact contact = (now.containsKey(id) ? now : then).get(id).contact();
                moves.add(new ContactMove(id, contact.name(), contact.role(), was, is));
            }
        }
        moves.sort(Comparator.comparing(ContactMove::role).thenComparing(ContactMove::contactId));
        return moves;
    }

    private static LoyaltyClass classOf(Stakeholder stakeholder) {
        return stakeholder == null ? LoyaltyClass.NON_RESPONDER : stakeholder.loyaltyClass();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }
}
