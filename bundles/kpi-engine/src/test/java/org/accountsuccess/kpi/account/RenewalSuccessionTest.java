package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.health.HealthScoring;
import org.accountsuccess.kpi.health.RenewalRisk;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's cases, metrics.md section 2 (clarifications of 2026-12-01): a renewal booked on
 * another account renews its predecessor everywhere, and an early renewal supersedes its
 * predecessor in MRR from the day it starts.
 */
class RenewalSuccessionTest {
    private static final CurrencyConverter EUR = eurOnly();
    private static final Account PARENT = new Account("P", "Parent", null, "Enterprise", 1, null, null, null, null);
    private static final Account CHILD = new Account("C", "Child", null, "SMB", 3, null, null, "P", null);
    /** C-K1,C,2025-01-01,2025-12-31,100.00,EUR,false,,Core */
    private static final Contract C_K1 = contract("C-K1", "C", "2025-01-01", "100.00").until("2025-12-31").in("EUR")
            .build();
    /** P-K2,P,2026-01-01,2026-12-31,100.00,EUR,false,C-K1,Core */
    private static final Contract P_K2 = contract("P-K2", "P", "2026-01-01", "100.00").until("2026-12-31").in("EUR")
            .renews("C-K1").build();

    /** Only the child is read (a rep who sees C alone): the parent's renewal comes as a renewal of C-K1. */
    private static AccountFacts childAlone() {
        return portfolioAsOf("2025-12-01").accounts(CHILD).contracts(C_K1).renewals(P_K2).build()
                .account("C").orElseThrow();
    }

    @Test
    void theChildsContractRenewedByTheParentIsNoNextRenewal() {
        // before the fix: C-K1 was the next renewal, 30 days away (2025-12-01 -> 2025-12-31), ARR 1,200 at stake
        assertThat(childAlone().nextRenewal(EUR)).isEmpty();
        assertThat(childAlone().dueUnrenewed(day("2026-03-31"), EUR)).isEmpty();
    }

    @Test
    void theHealthScoreHasNoRenewalFactorForIt() {
        // before the fix: renewal factor 100 * 30 / 180 = 16.7, "not yet renewed"
        HealthScore health = new HealthScoring(HealthParameters.defaults(), DEFAULTS).score(childAlone(), EUR);

        assertThat(health.missing()).extracting(m -> m.factor()).contains(HealthParameters.RENEWAL);
        assertThat(health.factors()).extracting(f -> f.factor()).doesNotContain(HealthParameters.RENEWAL);
    }

    @Test
    void thePipelineDoesNotListIt() {
        // both accounts read; before the fix the pipeline listed C-K1 with 1,200 ARR at stake
        AccountPortfolio both = portfolioAsOf("2025-12-01").accounts(PARENT, CHILD).contracts(C_K1, P_K2).build();
        RenewalRisk risk = new RenewalRisk(day("2025-12-01"), 120, DEFAULTS, EUR);
        HealthScoring scoring = new HealthScoring(HealthParameters.defaults(), DEFAULTS);
        both.accounts().forEach(f -> risk.add(f, scoring.score(f, EUR)));

        // P-K2 ends 2026-12-31, after the horizon 2026-03-31
        assertThat(risk.pipeline().entries()).isEmpty();
    }

    @Test
    void anEarlyRenewalStopsItsPredecessorTheDayBeforeItStarts() {
        // R1 100 for 2025, R2 150 renewing it from 2025-10-01: 2025-09-30 holds R1 100, 2025-10-01 R2 150 (not 250)
        PortfolioBuilder builder = portfolioAsOf("2025-12-01").accounts(CHILD).contracts(
                contract("R1", "C", "2025-01-01", "100").until("2025-12-31").build(),
                contract("R2", "C", "2025-10-01", "150").until("2026-09-30").renews("R1").build());
        AccountFacts facts = builder.build().account("C").orElseThrow();

        assertThat(facts.mrrOn(day("2025-09-30"), EUR)).isEqualByComparingTo("100");
        assertThat(facts.mrrOn(day("2025-10-01"), EUR)).isEqualByComparingTo("150");
        assertThat(facts.mrrOn(day("2025-12-31"), EUR)).isEqualByComparingTo("150");
        // R1 is still due on its own end date, and renewed: no next renewal before R2's end
        assertThat(facts.nextRenewal(EUR)).get().extracting(r -> r.contract().id()).isEqualTo("R2");
    }

    @Test
    void aRenewalOnAnotherAccountMovesTheMrrThereFromItsStart() {
        // C-K1 renewed by P from 2025-11-01 (early): C pays nothing from then on, its contract still ends 2025-12-31
        Contract early = contract("P-K3", "P", "2025-11-01", "100").until("2026-10-31").renews("C-K1").build();
        AccountFacts child = portfolioAsOf("2025-12-01").accounts(CHILD).contracts(C_K1).renewals(early).build()
                .account("C").orElseThrow();

        assertThat(child.mrrOn(day("2025-10-31"), EUR)).isEqualByComparingTo("100");
        assertThat(child.mrrOn(day("2025-11-01"), EUR)).isEqualByComparingTo("0");
    }
}
