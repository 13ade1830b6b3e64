package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.accountsuccess.api.nps.RevenueWeightedNps;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;
import org.junit.jupiter.api.Test;

/** Revenue-weighted NPS: sum ARR_a * NPS_a / sum ARR_a over the accounts with an account NPS. */
class RevenueWeightingTest {

    /** x: ARR 1200, NPS 50; y: ARR 3600, NPS -100; z: ARR 2400, no response; w: NPS 100, no ARR. */
    private static PortfolioBuilder fourAccounts() {
        return portfolioAsOf("2024-06-30")
                .accounts(account("x", 1), account("y", 1), account("z", 1), account("w", 1))
                .contacts(contact("x-a", "x", Role.A), contact("x-b", "x", Role.B), contact("x-c", "x", Role.C),
                        contact("y-c", "y", Role.C), contact("z-a", "z", Role.A), contact("w-a", "w", Role.A))
                // x: A promoter (3), B and C passive (2 + 1): 100 * 3 / 6 = 50; y: one C detractor: -100
                .responses(responseOn("r-1", "x-a", "2024-05-01", 10), responseOn("r-2", "x-b", "2024-05-01", 8),
                        responseOn("r-3", "x-c", "2024-05-01", 7), responseOn("r-4", "y-c", "2024-05-01", 2),
                        responseOn("r-5", "w-a", "2024-05-01", 9))
                .contracts(contract("c-x", "x", "2024-01-01", "100").build(),
                        contract("c-y", "y", "2024-01-01", "300").build(),
                        contract("c-z", "z", "2024-01-01", "200").build());
    }

    @Test
    void weighsEachAccountNpsByItsArr() {
        RevenueWeightedNps result = RevenueWeighting.of(fourAccounts().build(), eurOnly());

        // (1200 * 50 + 3600 * -100 + 0 * 100) / (1200 + 3600 + 0) = -300000 / 4800 = -62.5 (z has no NPS)
        assertThat(result.value()).hasValueCloseTo(-62.5, within(1e-9));
        assertThat(result.accounts()).isEqualTo(3);
        assertThat(result.arr()).isEqualByComparingTo("4800");
    }

    @Test
    void withoutArrAmongTheScoredAccountsItIsUndefined() {
        RevenueWeightedNps result = RevenueWeighting.of(portfolioAsOf("2024-06-30").accounts(account("w", 1))
                .contacts(contact("w-a", "w", Role.A)).responses(responseOn("r-5", "w-a", "2024-05-01", 9)).build(),
                eurOnly());

        assertThat(result.accounts()).isEqualTo(1);
        assertThat(result.value()).isEmpty();
    }
}
