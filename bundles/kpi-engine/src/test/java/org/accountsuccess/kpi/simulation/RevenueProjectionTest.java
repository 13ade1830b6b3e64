package org.accountsuccess.kpi.simulation;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.ClassOutlook;
import org.accountsuccess.api.simulation.InvalidScenarioException;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.retention.RetentionLedger;
import org.junit.jupiter.api.Test;

/**
 * As of 2026-06-30; NRR period 2025-07-01..2026-06-30; class at the start from the lookback ending 2025-07-01.
 *
 * <pre>
 * a1 A 9 on 2025-06-01, 10 on 2026-05-01   start promoter, now promoter   MRR 1000 -> 1100 (+100 from 2026-01-01)
 * a2 A 3 on 2025-06-01, 2 on 2026-05-01    start detractor, now detractor MRR 500 -> 400 (500 to 2026-03-31, then 400)
 * a3 A 0 on 2026-05-01                     start non-responder, now detractor   MRR 200 -> 200
 * a4 A 1 on 2025-03-01                     start detractor, now non-responder   MRR 300 -> 0 (ends 2025-12-31)
 * a5 A 8 on 2026-05-01                     start non-responder, now passive     MRR 0 -> 250 (new 2026-02-01)
 *
 * NRR by class at the start: promoter 1100 / 1000 = 1.1; detractor (a2, a4) (800 - 100 - 300) / 800 = 0.5;
 * non-responder (a3) 200 / 200 = 1.0; passive: no cohort, undefined. Overall (2000 + 100 - 100 - 300) / 2000 = 0.85.
 * Now (ARR > 0): promoter a1 13200; passive a5 3000; detractor a2 4800 + a3 2400 = 7200 (2 accounts); total 23400.
 * </pre>
 */
class RevenueProjectionTest {
    private static final List<Contract> CONTRACTS = List.of(
            contract("k1", "a1", "2024-01-01", "1000").build(), contract("k1b", "a1", "2026-01-01", "100").build(),
            contract("k2", "a2", "2024-01-01", "500").until("2026-03-31").build(),
            contract("k2b", "a2", "2026-04-01", "400").build(), contract("k3", "a3", "2024-01-01", "200").build(),
            contract("k4", "a4", "2024-01-01", "300").until("2025-12-31").build(),
            contract("k5", "a5", "2026-02-01", "250").build());
    private static final Map<String, String> CLASS_AT_START = Map.of("a1", "PROMOTER", "a2", "DETRACTOR", "a3",
            "NON_RESPONDER", "a4", "DETRACTOR", "a5", "NON_RESPONDER");

    private static SimulationResult simulate(Set<String> accounts, ClassMove... moves) {
        PortfolioBuilder builder = portfolioAsOf("2026-06-30");
        accounts.stream().sorted().forEach(a -> builder.accounts(account(a, 1)).contacts(contact(a + "-a", a, Role.A)));
        builder.responses(responseOn("r1", "a1-a", "2025-06-01", 9), responseOn("r2", "a1-a", "2026-05-01", 10),
                responseOn("r3", "a2-a", "2025-06-01", 3), responseOn("r4", "a2-a", "2026-05-01", 2),
                responseOn("r5", "a3-a", "2026-05-01", 0), responseOn("r6", "a4-a", "2025-03-01", 1),
                responseOn("r7", "a5-a", "2026-05-01", 8));
        RetentionLedger ledger = new RetentionLedger(window("2025-07-01", "2026-06-30"), eurOnly());
        CONTRACTS.stream().filter(k -> accounts.contains(k.accountId())).forEach(k -> {
            builder.contracts(k);
            ledger.add(k, account(k.accountId(), 1));
        });
        AccountPortfolio portfolio = builder.build();
        return RevenueProjection.of(new Scenario(day("2026-06-30"), List.of(moves)), portfolio, eurOnly(), ledger,
                CLASS_AT_START::get);
    }

    @Test
    void theBaselineAppliesEachClassesObservedNrrToItsArr() {
        SimulationResult r = simulate(Set.of("a1", "a2", "a3", "a4", "a5"));

        assertThat(r.arr()).isEqualByComparingTo("23400");
        assertThat(r.overallNrr()).hasValueCloseTo(0.85, within(1e-12));
        ClassOutlook promoter = r.classes().get(0);
        ClassOutlook passive = r.classes().get(1);
        ClassOutlook detractor = r.classes().get(2);
        ClassOutlook silent = r.classes().get(3);
        assertThat(promoter.observedNrr()).hasValueCloseTo(1.1, within(1e-12));
        assertThat(passive.observedNrr()).isEmpty(); // no passive account had MRR at the start
        assertThat(passive.appliedNrr()).hasValueCloseTo(0.85, within(1e-12)); // the overall NRR stands in
        assertThat(detractor.accounts()).isEqualTo(2);
        assertThat(detractor.arr()).isEqualByComparingTo("7200");
        assertThat(detractor.meanArr()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("3600"));
        assertThat(detractor.observedNrr()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(silent.accounts()).isZero(); // a4 has no ARR left
        assertThat(silent.meanArr()).isEmpty();
        // 13200 * 1.1 + 3000 * 0.85 + 7200 * 0.5 + 0 = 14520 + 2550 + 3600 = 20670
        assertThat(r.baseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("20670"));
        assertThat(r.projection()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("20670"));
        assertThat(r.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0"));
        // account NPS over 1 promoter, 1 passive, 2 detractors: 100 * (1 - 2) / 4 = -25
        assertThat(r.baselineNps()).hasValueCloseTo(-25.0, within(1e-9));
        assertThat(r.impliedNps()).hasValueCloseTo(-25.0, within(1e-9));
    }

    @Test
    void movesTakeTheirShareOfTheSourceClassAccountsAndArr() {
        SimulationResult r = simulate(Set.of("a1", "a2", "a3", "a4", "a5"),
                new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE, 0.25),
                new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER, 0.25));

        // each move: 0.5 account and 7200 * 0.25 = 1800 ARR
        // after: promoter 1.5 / 15000, passive 1.5 / 4800, detractor 1.0 / 3600
        assertThat(r.classes()).extracting(ClassOutlook::accountsAfter).containsExactly(1.5, 1.5, 1.0, 0.0);
        assertThat(r.classes().get(0).arrAfter()).isEqualByComparingTo("15000");
        assertThat(r.classes().get(1).arrAfter()).isEqualByComparingTo("4800");
        assertThat(r.classes().get(2).arrAfter()).isEqualByComparingTo("3600");
        // 15000 * 1.1 + 4800 * 0.85 + 3600 * 0.5 = 16500 + 4080 + 1800 = 22380; 22380 - 20670 = 1710
        assertThat(r.projection()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("22380"));
        assertThat(r.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1710"));
        // 100 * (1.5 - 1) / 4 = 12.5
        assertThat(r.impliedNps()).hasValueCloseTo(12.5, within(1e-9));
    }

    @Test
    void withoutAnyNrrTheProjectionIsUndefined() {
        // a5 alone: new in the period, so neither its class nor the selection has a cohort
        SimulationResult r = simulate(Set.of("a5"));

        assertThat(r.overallNrr()).isEmpty();
        assertThat(r.arr()).isEqualByComparingTo("3000");
        assertThat(r.baseline()).isEmpty();
        assertThat(r.projection()).isEmpty();
        assertThat(r.difference()).isEmpty();
    }

    @Test
    void aBadScenarioNamesTheField() {
        assertThatThrownBy(() -> new Scenario(day("2026-06-30"),
                List.of(new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE, 1.5))))
                .isInstanceOf(InvalidScenarioException.class).hasMessage("moves[0].share: 1.5 is not a share from 0 to 1");
        assertThatThrownBy(() -> new Scenario(day("2026-06-30"),
                List.of(new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE, 0.7),
                        new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER, 0.4))))
                .isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> assertThat(((InvalidScenarioException) e).field()).isEqualTo("moves[1].share"))
                .hasMessageContaining("add up to 1.1");
        assertThatThrownBy(() -> new Scenario(day("2026-06-30"),
                List.of(new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PASSIVE, 0.1))))
                .hasMessage("moves[0].to: is the same class as from (PASSIVE)");
        assertThatThrownBy(() -> new Scenario(null, List.of())).hasMessage("asOf: is required (YYYY-MM-DD)");
        assertThatThrownBy(() -> new Scenario(day("2026-06-30"),
                List.of(new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PROMOTER, Double.NaN))))
                .hasMessage("moves[0].share: NaN is not a share from 0 to 1");
    }
}
