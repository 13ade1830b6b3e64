package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.host.spi.SurveyResponse;
import org.junit.jupiter.api.Test;

class ScorecardComponentTest {
    private final TestHost host = ThreeAccounts.host();
    private final HealthComponent health = new HealthComponent(host.binding(), KpiParameters::defaults,
            HealthConfigs.defaults());
    private final ScorecardComponent scorecards = new ScorecardComponent(host.binding(), KpiParameters::defaults,
            health);

    /** ThreeAccounts has no comments: a1 names no topic; with one for a1 the scorecard names it, the list never. */
    @Test
    void oneAccountsScorecardNamesItsTopNegativeTopic() {
        assertThat(scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().topNegativeTopic()).isEmpty();
        scorecards.topics = new TopicsComponent(host.binding(), KpiParameters::defaults, null);
        assertThat(scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().topNegativeTopic()).isEmpty();
        for (String id : new String[] {"t1", "t2", "t3"}) {
            host.responses.add(new SurveyResponse(id, "c1", TestHost.at("2026-06-0" + id.charAt(1)), 3, "s1",
                    "The invoices were wrong.", List.of()));
        }
        assertThat(scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().topNegativeTopic()).contains("invoices");
        assertThat(scorecards.scorecards(AccountFilter.ALL, ThreeAccounts.AS_OF))
                .allSatisfy(s -> assertThat(s.topNegativeTopic()).isEmpty());
    }

    @Test
    void theScorecardSaysHowFreshTheHostDataIs() {
        assertThat(scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().dataStatus())
                .isEqualTo(HostDataStatus.live());
        HostDataStatus stale = new HostDataStatus(Freshness.STALE, Instant.parse("2026-06-30T08:00:00Z"),
                "Tryton at http://127.0.0.1:8000/ (database crm) did not answer");
        ScorecardComponent fromAStaleHost = new ScorecardComponent(
                new HostBinding(host, host, host, host, host, host, () -> stale), KpiParameters::defaults, health);

        assertThat(fromAStaleHost.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().dataStatus()).isEqualTo(stale);
        assertThat(fromAStaleHost.scorecards(AccountFilter.ALL, ThreeAccounts.AS_OF))
                .allSatisfy(s -> assertThat(s.dataStatus()).isEqualTo(stale));
    }

    @Test
    void acmeScorecardMatchesTheHandWorkedFigures() {
        AccountScorecard acme = scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow();

        // votes: c1 A promoter 3, c2 A detractor 3, c3 B passive 2, c4 C promoter 1 -> 100 * (3 - 3 + 1) / 9
        assertThat(acme.loyalty().accountNps().getAsDouble()).isCloseTo(100.0 / 9, within(1e-9));
        assertThat(acme.loyalty().loyaltyClass()).isEqualTo(LoyaltyClass.PASSIVE);
        // unweighted, one response per contact: 2 promoters, 1 passive, 1 detractor
        assertThat(acme.loyalty().contacts().n()).isEqualTo(4);
        assertThat(acme.loyalty().contacts().value().getAsDouble()).isCloseTo(25.0, within(1e-9));
        // k2 1200 + evergreen k3 300; k1 ended on 2025-12-31
        assertThat(acme.mrr()).isEqualByComparingTo("1500");
        assertThat(acme.arr()).isEqualByComparingTo("18000");
        assertThat(acme.baseCurrency()).isEqualTo("EUR");
        var renewal = acme.nextRenewal().orElseThrow();
        assertThat(renewal.contract().id()).isEqualTo("k2");
        assertThat(renewal.daysUntilEnd()).isEqualTo(184); // 31+31+30+31+30+31
        assertThat(renewal.arrAtStake()).isEqualByComparingTo("14400");
        // tier 1 needs A 2, B 3, C 5: c4 is inactive and c5 a non-responder
        assertThat(acme.coverage().sufficient()).isFalse();
        assertThat(acme.coverage().warning()).isEqualTo("missing 2 B (influencer), 5 C (user)");
        // the call of 2026-06-10 is 20 days before the as-of day, within tier 1's 30
        assertThat(acme.communicationGap().flagged()).isFalse();
        assertThat(acme.communicationGap().daysSince().getAsLong()).isEqualTo(20);
        // 9 outbound marketing emails in 2026-06-01..06-30; the inbound one and the one of 05-31 do not count
        assertThat(acme.overContact().marketingEmails()).isEqualTo(9);
        assertThat(acme.overContact().flagged()).isTrue();
    }

    @Test
    void foreignCurrencyAccountIsConvertedAndResponsesAfterAsOfAreIgnored() {
        AccountScorecard beta = scorecards.scorecard("a2", ThreeAccounts.AS_OF).orElseThrow();

        // c6 A promoter 3, c7 C passive 1 (c6's score 0 of 2026-07-15 is after the as-of day)
        assertThat(beta.loyalty().accountNps().getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(beta.loyalty().loyaltyClass()).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(beta.mrr()).isEqualByComparingTo("450"); // 500 USD * 0.9
        assertThat(beta.nextRenewal().orElseThrow().daysUntilEnd()).isEqualTo(62);
        // the meeting of 2026-02-01 is 149 days back, over tier 3's 90; an email is not a touch
        assertThat(beta.communicationGap().daysSince().getAsLong()).isEqualTo(149);
        assertThat(beta.communicationGap().flagged()).isTrue();
    }

    @Test
    void accountWithoutContactsOrTouchesIsANeverTouchedNonResponder() {
        AccountScorecard gamma = scorecards.scorecard("a3", ThreeAccounts.AS_OF).orElseThrow();

        assertThat(gamma.loyalty().accountNps()).isEmpty();
        assertThat(gamma.loyalty().loyaltyClass()).isEqualTo(LoyaltyClass.NON_RESPONDER);
        assertThat(gamma.loyalty().contacts().interval()).isEmpty();
        assertThat(gamma.mrr()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(gamma.nextRenewal()).isEmpty();
        assertThat(gamma.communicationGap().lastTouch()).isEmpty();
        assertThat(gamma.communicationGap().daysSince()).isEmpty();
        assertThat(gamma.communicationGap().flagged()).isTrue();
    }

    @Test
    void oneAccountIsReadWithoutScanningTheTenantAndEveryStreamIsClosed() {
        scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow();
        scorecards.stakeholders("a1", ThreeAccounts.AS_OF).orElseThrow();

        assertThat(host.tenantWideReads).hasValue(0);
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void aVersionedBindingReadsTheHostOncePerDataVersionAndClosesEveryStream() {
        long[] version = {7};
        HostBinding versioned = HostBinding.versioned(new HostPorts(host, host, host, host, host, host, null),
                () -> version[0], 16);
        ScorecardComponent fromIndex = new ScorecardComponent(versioned, KpiParameters::defaults,
                new HealthComponent(versioned, KpiParameters::defaults, HealthConfigs.defaults()));

        AccountScorecard readAtEachCall = scorecards.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow();
        int before = host.tenantWideReads.get();
        AccountScorecard first = fromIndex.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow();
        int oneRead = host.tenantWideReads.get() - before;
        fromIndex.scorecards(AccountFilter.ALL, ThreeAccounts.AS_OF);
        fromIndex.stakeholders("a1", ThreeAccounts.AS_OF).orElseThrow();
        assertThat(host.tenantWideReads).hasValue(before + oneRead);
        assertThat(versioned.current().version()).isEqualTo(1);
        assertThat(first).usingRecursiveComparison().ignoringFields("dataStatus").isEqualTo(readAtEachCall);
        assertThat(first.dataStatus().version()).isEqualTo(1);
        assertThat(first.dataStatus().freshness()).isEqualTo(Freshness.LIVE);
        assertThat(first.dataStatus().asOf()).isEqualTo(versioned.current().readAt());

        // An import: the refresh reads the host again, once.
        host.response("r-new", "c1", "2026-06-29", 0);
        version[0] = 8;
        assertThat(versioned.refresh().version()).isEqualTo(2);
        assertThat(host.tenantWideReads.get()).isEqualTo(before + 2 * oneRead);
        assertThat(fromIndex.scorecard("a1", ThreeAccounts.AS_OF).orElseThrow().loyalty())
                .isNotEqualTo(first.loyalty());
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void portfolioGivesTheSameScorecardsAsOneAccountAtATime() {
        List<AccountScorecard> all = scorecards.scorecards(AccountFilter.ALL, ThreeAccounts.AS_OF);

        assertThat(all).extracting(s -> s.account().id()).containsExactly("a1", "a2", "a3");
        for (AccountScorecard s : all) {
            assertThat(s).isEqualTo(scorecards.scorecard(s.account().id(), ThreeAccounts.AS_OF).orElseThrow());
        }
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void portfolioHonoursTheFilter() {
        var smbOfRep1 = new AccountFilter(null, "smb", null, "rep1");
        assertThat(scorecards.scorecards(smbOfRep1, ThreeAccounts.AS_OF))
                .extracting(s -> s.account().id()).containsExactly("a3");
        var visible = new AccountFilter(Set.of("a1", "a2"), null, null, null);
        assertThat(scorecards.scorecards(visible, ThreeAccounts.AS_OF)).hasSize(2);
    }

    @Test
    void unknownAccountHasNoScorecard() {
        assertThat(scorecards.scorecard("nope", ThreeAccounts.AS_OF)).isEmpty();
        assertThat(scorecards.stakeholders("nope", ThreeAccounts.AS_OF)).isEmpty();
        assertThat(scorecards.coverage("nope", ThreeAccounts.AS_OF)).isEmpty();
    }

    @Test
    void stakeholderMapPlacesEachContactWithLatestAndPreviousScore() {
        StakeholderMap map = scorecards.stakeholders("a1", ThreeAccounts.AS_OF).orElseThrow();

        assertThat(map.cell(Role.A, LoyaltyClass.PROMOTER)).singleElement().satisfies(s -> {
            assertThat(s.contact().id()).isEqualTo("c1");
            assertThat(s.latest().orElseThrow().score()).isEqualTo(10);
            assertThat(s.previous().orElseThrow().score()).isEqualTo(3);
        });
        assertThat(map.cell(Role.A, LoyaltyClass.DETRACTOR)).extracting(s -> s.contact().id()).containsExactly("c2");
        assertThat(map.cell(Role.B, LoyaltyClass.PASSIVE)).extracting(s -> s.contact().id()).containsExactly("c3");
        assertThat(map.cell(Role.C, LoyaltyClass.PROMOTER)).extracting(s -> s.contact().id()).containsExactly("c4");
        // c5 answered, but before the lookback: a non-responder who still shows their old score
        assertThat(map.cell(Role.C, LoyaltyClass.NON_RESPONDER)).singleElement().satisfies(s -> {
            assertThat(s.contact().id()).isEqualTo("c5");
            assertThat(s.latest().orElseThrow().score()).isEqualTo(10);
        });
        assertThat(map.stakeholders()).extracting(s -> s.contact().id())
                .containsExactly("c1", "c2", "c3", "c4", "c5");
    }
}
