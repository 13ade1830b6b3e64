package org.accountsuccess.kpi.health;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.junit.jupiter.api.Test;

/** The renewal pipeline: what is due in the horizon and not renewed, riskiest first. */
class RenewalRiskTest {

    @Test
    void dueUnrenewedContractsRiskiestFirst() {
        AccountPortfolio portfolio = portfolioAsOf("2024-06-30")
                .accounts(account("red", 3), account("green-big", 3), account("green-small", 3), account("none", 3))
                .contacts(contact("c-1", "red", Role.A), contact("c-2", "red", Role.A))
                .responses(responseOn("r-1", "c-1", "2024-05-01", 3), responseOn("r-2", "c-2", "2024-05-01", 9))
                .contracts(contract("k-red", "red", "2023-08-01", "10").until("2024-09-30").build(),
                        // ends after the 120-day horizon (2024-10-28)
                        contract("k-late", "red", "2023-08-01", "10").until("2024-10-29").build(),
                        contract("k-big", "green-big", "2023-08-01", "200").until("2024-08-31").build(),
                        contract("k-small", "green-small", "2023-08-01", "100").until("2024-07-31").build(),
                        // renewed already: not in the pipeline
                        contract("k-done", "green-small", "2023-08-01", "100").until("2024-07-15").build(),
                        contract("k-next", "green-small", "2024-07-16", "100").until("2025-07-15").renews("k-done")
                                .build(),
                        contract("k-none", "none", "2023-08-01", "5").until("2024-10-28").build())
                .build();
        RenewalRisk risk = new RenewalRisk(portfolio.account("red").orElseThrow().asOf(), 120, DEFAULTS, eurOnly());
        risk.add(portfolio.account("red").orElseThrow(), health("red", 30));
        risk.add(portfolio.account("green-big").orElseThrow(), health("green-big", 80));
        risk.add(portfolio.account("green-small").orElseThrow(), health("green-small", 80));
        risk.add(portfolio.account("none").orElseThrow(), health("none", null));

        RenewalPipeline pipeline = risk.pipeline();

        // red, then unscored, then green: equal health, larger ARR (2400 > 1200) first
        assertThat(pipeline.entries()).extracting(e -> e.contract().id())
                .containsExactly("k-red", "k-none", "k-big", "k-small");
        PipelineEntry red = pipeline.entries().get(0);
        // 2024-06-30 -> 2024-09-30 = 92 days; ARR 12 * 10
        assertThat(red.daysUntilEnd()).isEqualTo(92);
        assertThat(red.arrAtStake()).isEqualByComparingTo("120");
        // decision makers 3 (detractor) and 9 (promoter): NPS 0 -> passive
        assertThat(red.decisionMakers()).isEqualTo(LoyaltyClass.PASSIVE);
        assertThat(pipeline.entries().get(1).decisionMakers()).isEqualTo(LoyaltyClass.NON_RESPONDER);
        // 120 + 60 + 2400 + 1200
        assertThat(pipeline.arrAtStake()).isEqualByComparingTo("3780");
        assertThat(pipeline.last()).isEqualTo(portfolio.account("red").orElseThrow().asOf().plusDays(120));
    }

    private static HealthScore health(String id, Integer score) {
        var asOf = java.time.LocalDate.parse("2024-06-30");
        if (score == null) {
            return new HealthScore(id, asOf, OptionalDouble.empty(), Optional.empty(), List.of(), List.of());
        }
        HealthBand band = HealthParameters.defaults().band(score);
        return new HealthScore(id, asOf, OptionalDouble.of(score), Optional.of(band), List.of(), List.of());
    }
}
