package org.accountsuccess.kpi.lifecycle;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.lifecycle.ClassShare;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.SixAccounts;
import org.junit.jupiter.api.Test;

class ParetoRankingTest {
    private final AccountPortfolio six = SixAccounts.portfolio().build();

    @Test
    void theHeadIsTheSmallestPrefixReachingEightyPercentOfTheArr() {
        LifecycleReport r = ParetoRanking.of(six, eurOnly(), 0.8);

        // ARR > 0: p 12000, q 6000, t 3600, r 2400, s 1200 = 25200 (u has none); 80 % = 20160
        // cumulative 12000, 18000, 21600 >= 20160: the head is p, q, t (21600 = 85.71 %)
        assertThat(r.accounts()).isEqualTo(5);
        assertThat(r.totalArr()).isEqualByComparingTo("25200");
        assertThat(r.ranking()).extracting(RankedAccount::rank, RankedAccount::accountId, RankedAccount::head)
                .containsExactly(tuple(1, "p", true), tuple(2, "q", true), tuple(3, "t", true), tuple(4, "r", false),
                        tuple(5, "s", false));
        assertThat(r.ranking().get(0).cumulativeShare()).isCloseTo(12000.0 / 25200, within(1e-12));
        assertThat(r.ranking().get(4).cumulativeShare()).isCloseTo(1.0, within(1e-12));
        assertThat(r.head().accounts()).isEqualTo(3);
        assertThat(r.head().arr()).isEqualByComparingTo("21600");
        assertThat(r.head().shareOfArr()).hasValueCloseTo(21600.0 / 25200, within(1e-12));
        assertThat(r.tail().arr()).isEqualByComparingTo("3600");
        // head: promoter p, detractor q, non-responder t; tail: promoter r, detractor s
        assertThat(r.head().byClass()).extracting(ClassShare::loyaltyClass, ClassShare::accounts)
                .containsExactly(tuple(LoyaltyClass.PROMOTER, 1), tuple(LoyaltyClass.PASSIVE, 0),
                        tuple(LoyaltyClass.DETRACTOR, 1), tuple(LoyaltyClass.NON_RESPONDER, 1));
        assertThat(r.head().byClass().get(3).arr()).isEqualByComparingTo("3600");
        assertThat(r.tail().byClass()).extracting(ClassShare::accounts).containsExactly(1, 0, 1, 0);
        assertThat(r.tail().byClass().get(0).arr()).isEqualByComparingTo("2400");
        assertThat(r.tail().byClass().get(2).arr()).isEqualByComparingTo("1200");
    }

    @Test
    void theShareIsConfigurable() {
        // 50 % = 12600: p alone (12000) falls short, p + q (18000) reaches it
        assertThat(ParetoRanking.of(six, eurOnly(), 0.5).head().accounts()).isEqualTo(2);
        // 100 %: every account
        assertThat(ParetoRanking.of(six, eurOnly(), 1.0).tail().accounts()).isZero();
        assertThatThrownBy(() -> ParetoRanking.of(six, eurOnly(), 0)).hasMessageContaining("head share 0.0");
        assertThatThrownBy(() -> ParetoRanking.of(six, eurOnly(), 1.2)).hasMessageContaining("head share 1.2");
    }

    @Test
    void equalArrIsRankedById() {
        AccountPortfolio tie = portfolioAsOf("2026-06-30").accounts(account("b", 1), account("a", 1))
                .contracts(contract("k-b", "b", "2026-01-01", "100").build(),
                        contract("k-a", "a", "2026-01-01", "100").build())
                .build();

        LifecycleReport r = ParetoRanking.of(tie, eurOnly(), 0.5);

        // 50 % of 2400 = 1200: the first account (a, by id) reaches it exactly
        assertThat(r.ranking()).extracting(RankedAccount::accountId, RankedAccount::head)
                .containsExactly(tuple("a", true), tuple("b", false));
    }

    @Test
    void withoutArrTheSharesAreUndefined() {
        LifecycleReport r = ParetoRanking.of(portfolioAsOf("2026-06-30").accounts(account("x", 1)).build(), eurOnly(),
                0.8);

        assertThat(r.accounts()).isZero();
        assertThat(r.head().shareOfArr()).isEmpty();
        assertThat(r.ranking()).isEmpty();
    }
}
