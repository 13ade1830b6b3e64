package org.accountsuccess.kpi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.changes.ContactMove;
import org.accountsuccess.api.changes.FactorChange;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

class AccountChangesBetweenTest {
    private static final LocalDate FROM = LocalDate.of(2026, 8, 15);
    private static final LocalDate TO = LocalDate.of(2026, 11, 15);
    private static final NpsResult NONE = new NpsResult(OptionalDouble.empty(), 0, 0, 0, 0, Optional.empty(), OptionalDouble.empty());

    private static Stakeholder stakeholder(String id, Role role, LoyaltyClass loyalty) {
        return new Stakeholder(new Contact(id, "acc-1", "Name " + id, null, null, role, true), loyalty, Optional.empty(),
                Optional.empty());
    }

    @Test
    void healthFactorByFactorAccountNpsAndWhoMovedClass() {
        // before: loyalty 80 (weight share 0.5, 40 points) and engagement 60 (0.5, 30 points): 70, green
        HealthScore healthBefore = new HealthScore("acc-1", FROM, OptionalDouble.of(70), Optional.of(HealthBand.GREEN),
                List.of(new FactorScore("loyalty", 80, 1, 0.5, 40, "NPS 60"), new FactorScore("engagement", 60, 1, 0.5, 30, "20 days")),
                List.of(new MissingFactor("tickets", 1, "no tickets")));
        // after: loyalty 20 (1/3, 6.67), engagement 60 (1/3, 20), tickets 90 (1/3, 30): 56.67, yellow
        HealthScore healthAfter = new HealthScore("acc-1", TO, OptionalDouble.of(20.0 / 3 + 50), Optional.of(HealthBand.YELLOW),
                List.of(new FactorScore("loyalty", 20, 1, 1.0 / 3, 20.0 / 3, "NPS -60"),
                        new FactorScore("engagement", 60, 1, 1.0 / 3, 20, "20 days"),
                        new FactorScore("tickets", 90, 1, 1.0 / 3, 30, "none open")),
                List.of());
        var before = new AccountChangesBetween.Day(FROM, healthBefore, new AccountLoyalty(OptionalDouble.of(60), LoyaltyClass.PROMOTER, NONE),
                List.of(stakeholder("c-1", Role.A, LoyaltyClass.PROMOTER), stakeholder("c-2", Role.C, LoyaltyClass.PASSIVE),
                        stakeholder("c-3", Role.B, LoyaltyClass.DETRACTOR)));
        var after = new AccountChangesBetween.Day(TO, healthAfter, new AccountLoyalty(OptionalDouble.of(-60), LoyaltyClass.DETRACTOR, NONE),
                List.of(stakeholder("c-1", Role.A, LoyaltyClass.DETRACTOR), stakeholder("c-2", Role.C, LoyaltyClass.PASSIVE),
                        stakeholder("c-3", Role.B, LoyaltyClass.DETRACTOR), stakeholder("c-4", Role.B, LoyaltyClass.PROMOTER)));

        AccountChanges changes = AccountChangesBetween.of("acc-1", before, after);

        assertThat(changes.health().change().getAsDouble()).isCloseTo(-13.333, offset(0.001));
        assertThat(changes.bandBefore()).hasValue(HealthBand.GREEN);
        assertThat(changes.bandAfter()).hasValue(HealthBand.YELLOW);
        assertThat(changes.accountNps().change()).hasValue(-120);
        assertThat(changes.classAfter()).isEqualTo(LoyaltyClass.DETRACTOR);
        // the largest move first: loyalty -33.33, tickets +30, engagement -10
        assertThat(changes.factors()).extracting(FactorChange::factor).containsExactly("loyalty", "tickets", "engagement");
        FactorChange loyalty = changes.factors().get(0);
        assertThat(loyalty.score().change()).hasValue(-60);
        assertThat(loyalty.contribution().change().getAsDouble()).isCloseTo(-33.333, offset(0.001));
        FactorChange tickets = changes.factors().get(1);
        assertThat(tickets.score().before()).isEmpty();
        assertThat(tickets.score().change()).isEmpty();
        assertThat(tickets.contribution().before()).hasValue(0);
        assertThat(tickets.reasonBefore()).isEqualTo("no tickets");
        assertThat(tickets.reasonAfter()).isEqualTo("none open");
        // c-1 promoter to detractor; c-4 new (a non-responder before); c-2 and c-3 stayed
        assertThat(changes.contacts()).containsExactly(
                new ContactMove("c-1", "Name c-1", Role.A, LoyaltyClass.PROMOTER, LoyaltyClass.DETRACTOR),
                new ContactMove("c-4", "Name c-4", Role.B, LoyaltyClass.NON_RESPONDER, LoyaltyClass.PROMOTER));
    }
}
