package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.nps.AccountNps.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Role-weighted account NPS (A 3, B 2, C 1) and the account loyalty class (promoter >= 30, detractor < 0). */
class AccountNpsTest {

    @Test
    void weighsEachContactByRole() {
        List<Vote> votes = List.of(new Vote(Role.A, 9), new Vote(Role.B, 3), new Vote(Role.C, 10),
                new Vote(Role.C, 7));

        // promoters A (3) + C (1) = 4, detractor B (2), passive C (1): 100 * (4 - 2) / (3 + 2 + 1 + 1) = 200/7
        // (unweighted it would be 100 * (2 - 1) / 4 = 25)
        OptionalDouble nps = AccountNps.of(votes, DEFAULTS);

        assertThat(nps).hasValueCloseTo(200.0 / 7, within(1e-9));
        assertThat(AccountNps.classOf(nps, DEFAULTS)).isEqualTo(LoyaltyClass.PASSIVE);
    }

    @Test
    void aDecisionMakerOutweighsTwoUsers() {
        // A detractor (3) against two C promoters (1 + 1): 100 * (2 - 3) / 5 = -20
        OptionalDouble nps = AccountNps.of(
                List.of(new Vote(Role.A, 0), new Vote(Role.C, 9), new Vote(Role.C, 10)), DEFAULTS);

        assertThat(nps).hasValueCloseTo(-20.0, within(1e-9));
        assertThat(AccountNps.classOf(nps, DEFAULTS)).isEqualTo(LoyaltyClass.DETRACTOR);
    }

    @Test
    void exactlyThirtyFromVotesIsAPromoterAccount() {
        // A promoter (3) and A, B, B passives (3 + 2 + 2): 100 * 3 / 10 = 30
        OptionalDouble nps = AccountNps.of(List.of(new Vote(Role.A, 10), new Vote(Role.A, 8), new Vote(Role.B, 7),
                new Vote(Role.B, 8)), DEFAULTS);

        assertThat(nps).hasValue(30.0);
        assertThat(AccountNps.classOf(nps, DEFAULTS)).isEqualTo(LoyaltyClass.PROMOTER);
    }

    @Test
    void exactlyZeroFromVotesIsAPassiveAccount() {
        // B promoter (2) against B detractor (2): 0
        OptionalDouble nps = AccountNps.of(List.of(new Vote(Role.B, 9), new Vote(Role.B, 6)), DEFAULTS);

        assertThat(nps).hasValue(0.0);
        assertThat(AccountNps.classOf(nps, DEFAULTS)).isEqualTo(LoyaltyClass.PASSIVE);
    }

    @ParameterizedTest(name = "account NPS {0} is a {1} account")
    @CsvSource({"100, PROMOTER", "30, PROMOTER", "29.9999, PASSIVE", "0, PASSIVE", "-0.0001, DETRACTOR",
            "-100, DETRACTOR"})
    void classBoundaries(double accountNps, LoyaltyClass expected) {
        assertThat(AccountNps.classOf(OptionalDouble.of(accountNps), DEFAULTS)).isEqualTo(expected);
    }

    @Test
    void withoutACountedResponseTheAccountIsANonResponder() {
        OptionalDouble none = AccountNps.of(List.of(), DEFAULTS);

        assertThat(none).isEmpty();
        assertThat(AccountNps.classOf(none, DEFAULTS)).isEqualTo(LoyaltyClass.NON_RESPONDER);
    }
}
