package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stakeholder map (role x class with latest and previous score) and the coverage check per tier,
 * as of 2024-06-30 (lookback 2023-07-02 .. 2024-06-30), over one buying centre:
 * Ada (A) 6 then 9, Abe (A) 5, Bea (B) 8, Bob (B) 10 long ago, Cy (C) silent, Cat (C, inactive) 9.
 */
class StakeholderLoyaltyTest {

    private static AccountFacts buyingCentre(int tier) {
        return portfolioAsOf("2024-06-30").accounts(account("a-1", tier))
                .contacts(contact("ada", "a-1", Role.A, "Ada", true), contact("abe", "a-1", Role.A, "Abe", true),
                        contact("bea", "a-1", Role.B, "Bea", true), contact("bob", "a-1", Role.B, "Bob", true),
                        contact("cy", "a-1", Role.C, "Cy", true), contact("cat", "a-1", Role.C, "Cat", false))
                .responses(responseOn("r-1", "ada", "2023-09-01", 6), responseOn("r-2", "ada", "2024-03-01", 9),
                        responseOn("r-3", "abe", "2024-05-01", 5), responseOn("r-4", "bea", "2024-01-10", 8),
                        responseOn("r-5", "bob", "2023-05-01", 10), responseOn("r-6", "cat", "2024-02-02", 9))
                .build().account("a-1").orElseThrow();
    }

    @Test
    void everyCellOfTheGrid() {
        StakeholderMap map = buyingCentre(1).stakeholders();

        Map<Role, Map<LoyaltyClass, List<String>>> expected = Map.of(
                Role.A, Map.of(LoyaltyClass.PROMOTER, List.of("Ada"), LoyaltyClass.DETRACTOR, List.of("Abe")),
                // Bob's only answer is older than the lookback: non-responder
                Role.B, Map.of(LoyaltyClass.PASSIVE, List.of("Bea"), LoyaltyClass.NON_RESPONDER, List.of("Bob")),
                // Cat is inactive but her answer still gives her a class
                Role.C, Map.of(LoyaltyClass.PROMOTER, List.of("Cat"), LoyaltyClass.NON_RESPONDER, List.of("Cy")));
        for (Role role : Role.values()) {
            for (LoyaltyClass loyaltyClass : LoyaltyClass.values()) {
                assertThat(map.cell(role, loyaltyClass)).as("cell %s x %s", role, loyaltyClass)
                        .extracting(s -> s.contact().name())
                        .containsExactlyElementsOf(expected.get(role).getOrDefault(loyaltyClass, List.of()));
            }
        }
    }

    @Test
    void stakeholdersAreOrderedByRoleThenClassThenName() {
        StakeholderMap map = buyingCentre(1).stakeholders();

        assertThat(map.accountId()).isEqualTo("a-1");
        assertThat(map.asOf()).isEqualTo(day("2024-06-30"));
        assertThat(map.lookback()).isEqualTo(window("2023-07-02", "2024-06-30"));
        assertThat(map.stakeholders()).extracting(s -> s.contact().name())
                .containsExactly("Ada", "Abe", "Bea", "Bob", "Cat", "Cy");
    }

    @Test
    void latestAndPreviousScoreWithTheirDates() {
        List<Stakeholder> stakeholders = buyingCentre(1).stakeholders().stakeholders();

        Stakeholder ada = stakeholders.get(0);
        assertThat(ada.latest()).get().extracting(ScoredResponse::score, ScoredResponse::date)
                .containsExactly(9, day("2024-03-01"));
        assertThat(ada.previous()).get().extracting(ScoredResponse::score, ScoredResponse::date)
                .containsExactly(6, day("2023-09-01"));
        Stakeholder abe = stakeholders.get(1);
        assertThat(abe.previous()).isEmpty();
        // Bob: no class from it, but his latest answer (older than the lookback) is still shown
        Stakeholder bob = stakeholders.get(3);
        assertThat(bob.latest()).get().extracting(ScoredResponse::responseId, ScoredResponse::score)
                .containsExactly("r-5", 10);
        Stakeholder cy = stakeholders.get(5);
        assertThat(cy.latest()).isEmpty();
    }

    @ParameterizedTest(name = "tier {0} needs A {1}, B {2}, C {3}")
    @CsvSource(delimiter = ';', value = {
            // counted: A Ada + Abe = 2; B Bea = 1 (Bob is a non-responder); C 0 (Cat inactive, Cy silent)
            "1; 2; 3; 5; missing 2 B (influencer), 5 C (user)",
            "2; 1; 2; 3; missing 1 B (influencer), 3 C (user)",
            "3; 1; 1; 1; missing 1 C (user)"})
    void coveragePerTierDefaults(int tier, int a, int b, int c, String warning) {
        CoverageCheck coverage = buyingCentre(tier).coverage();

        assertThat(coverage.tier()).isEqualTo(tier);
        assertThat(coverage.roles()).extracting(RoleCoverage::role, RoleCoverage::required, RoleCoverage::counted)
                .containsExactly(tuple(Role.A, a, 2), tuple(Role.B, b, 1), tuple(Role.C, c, 0));
        assertThat(coverage.sufficient()).isFalse();
        assertThat(coverage.warning()).isEqualTo(warning);
    }

    @Test
    void aCoveredAccountHasNoWarning() {
        CoverageCheck coverage = portfolioAsOf("2024-06-30").accounts(account("a-1", 3))
                .contacts(contact("k-a", "a-1", Role.A), contact("k-b", "a-1", Role.B), contact("k-c", "a-1", Role.C))
                .responses(responseOn("r-a", "k-a", "2024-06-01", 0), responseOn("r-b", "k-b", "2024-06-01", 7),
                        responseOn("r-c", "k-c", "2024-06-30", 10))
                .build().account("a-1").orElseThrow().coverage();

        // any valid response counts, whatever its class
        assertThat(coverage.sufficient()).isTrue();
        assertThat(coverage.warning()).isEmpty();
    }

    @Test
    void theWarningNamesTheDecisionMakerRole() {
        CoverageCheck coverage = portfolioAsOf("2024-06-30").accounts(account("a-1", 3))
                .contacts(contact("k-b", "a-1", Role.B), contact("k-c", "a-1", Role.C))
                .responses(responseOn("r-b", "k-b", "2024-06-01", 9), responseOn("r-c", "k-c", "2024-06-01", 9))
                .build().account("a-1").orElseThrow().coverage();

        assertThat(coverage.warning()).isEqualTo("missing 1 A (decision maker)");
    }
}
