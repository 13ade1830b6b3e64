package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.activity;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.accountsuccess.kpi.Fixtures.noon;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;
import org.accountsuccess.kpi.health.HealthParameters;
import org.accountsuccess.kpi.health.HealthScoring;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

/** One account as of 2024-06-30: MRR on a day, the next renewal, and the scorecard that gathers the views. */
class AccountFactsTest {
    private static final CurrencyConverter RATES = eurWithUsd("0.9");

    private static final Contract[] CONTRACTS = {
            // ends first but is renewed by k-2
            contract("k-1", "a-1", "2023-08-01", "100").until("2024-07-31").build(),
            contract("k-2", "a-1", "2024-08-01", "120").until("2025-07-31").renews("k-1").build(),
            // the next renewal: 250 USD = 225 EUR
            contract("k-3", "a-1", "2023-10-01", "250").until("2024-09-30").in("USD").build(),
            // ended before the as-of day, never renewed: not "next"
            contract("k-4", "a-1", "2023-06-01", "80").until("2024-05-31").build(),
            // evergreen: never due
            contract("k-5", "a-1", "2022-01-01", "50").build()};

    private static PortfolioBuilder tier2Account() {
        return portfolioAsOf("2024-06-30").accounts(account("a-1", 2)).contracts(CONTRACTS);
    }

    @Test
    void mrrOnADayInTheBaseCurrency() {
        AccountFacts facts = tier2Account().build().account("a-1").orElseThrow();

        // 2024-06-30: k-1 100 + k-3 225 + k-5 50 (k-4 ended 05-31, k-2 not started)
        assertThat(facts.mrrOn(day("2024-06-30"), RATES)).isEqualByComparingTo("375");
        // 2024-08-15: k-2 120 + k-3 225 + k-5 50
        assertThat(facts.mrrOn(day("2024-08-15"), RATES)).isEqualByComparingTo("395");
    }

    @Test
    void nextRenewalIsTheEarliestEndNotRenewed() {
        RenewalDue next = tier2Account().build().account("a-1").orElseThrow().nextRenewal(RATES).orElseThrow();

        assertThat(next.contract().id()).isEqualTo("k-3");
        // 2024-06-30 -> 2024-09-30: 31 (Jul) + 31 (Aug) + 30 (Sep) = 92 days
        assertThat(next.daysUntilEnd()).isEqualTo(92);
        // 12 * 250 USD * 0.9 = 2700 EUR
        assertThat(next.arrAtStake()).isEqualByComparingTo("2700");
    }

    @Test
    void aContractEndingOnTheAsOfDayIsDueInZeroDays() {
        RenewalDue next = portfolioAsOf("2024-06-30").accounts(account("a-1", 2))
                .contracts(contract("k-9", "a-1", "2023-07-01", "10").until("2024-06-30").build(), CONTRACTS[2])
                .build().account("a-1").orElseThrow().nextRenewal(RATES).orElseThrow();

        assertThat(next.contract().id()).isEqualTo("k-9");
        assertThat(next.daysUntilEnd()).isZero();
        assertThat(next.arrAtStake()).isEqualByComparingTo("120");
    }

    @Test
    void noEndingContractMeansNoNextRenewal() {
        AccountFacts facts = portfolioAsOf("2024-06-30").accounts(account("a-1", 2)).contracts(CONTRACTS[4])
                .build().account("a-1").orElseThrow();

        assertThat(facts.nextRenewal(RATES)).isEmpty();
    }

    @Test
    void scorecardGathersMoneyLoyaltyCoverageAndFlags() {
        AccountFacts facts = tier2Account()
                .contacts(contact("c-1", "a-1", Role.A))
                .responses(responseOn("r-1", "c-1", "2024-04-01", 9))
                .activities(activity("x-1", "a-1", ActivityType.CALL, noon("2024-06-01")))
                .build().account("a-1").orElseThrow();
        HealthScore health = new HealthScoring(HealthParameters.defaults(), DEFAULTS).score(facts, RATES);
        AccountScorecard card = facts.scorecard(RATES, health);

        assertThat(card.asOf()).isEqualTo(day("2024-06-30"));
        assertThat(card.baseCurrency()).isEqualTo("EUR");
        assertThat(card.mrr()).isEqualByComparingTo("375");
        assertThat(card.arr()).isEqualByComparingTo("4500");
        assertThat(card.loyalty().accountNps()).hasValue(100.0);
        assertThat(card.loyalty().loyaltyClass()).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(card.nextRenewal()).get().extracting(r -> r.contract().id()).isEqualTo("k-3");
        // tier 2 needs A 1, B 2, C 3
        assertThat(card.coverage().warning()).isEqualTo("missing 2 B (influencer), 3 C (user)");
        // last call 29 days ago, tier 2 limit 60
        assertThat(card.communicationGap().daysSince()).hasValue(29);
        assertThat(card.communicationGap().limitDays()).isEqualTo(60);
        assertThat(card.communicationGap().flagged()).isFalse();
        assertThat(card.overContact().flagged()).isFalse();
        assertThat(card.health()).isSameAs(health);
    }
}
