package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsPoint;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsSeries;
import org.accountsuccess.api.nps.NpsSeriesQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class NpsComponentTest {
    private static final DateWindow YEAR = new DateWindow(LocalDate.parse("2025-07-01"), ThreeAccounts.AS_OF);
    private final TestHost host = ThreeAccounts.host();
    private final NpsComponent nps = new NpsComponent(host.binding(), KpiParameters::defaults);

    @Test
    void responseLevelCountsEveryResponseInTheWindow() {
        // r1 3, r2 10, r3 6, r4 8, r5 9, r7 9, r9 7: P 3, passives 2, D 2; r6 is before, r8 after the window
        NpsResult result = nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.RESPONSE));
        assertThat(result.n()).isEqualTo(7);
        assertThat(result.promoters()).isEqualTo(3);
        assertThat(result.detractors()).isEqualTo(2);
        assertThat(result.value().getAsDouble()).isCloseTo(100.0 / 7, within(1e-9));
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void contactLevelCountsEachContactsLatestResponse() {
        // c1 10, c2 6, c3 8, c4 9, c6 9, c7 7: P 3, passives 2, D 1
        NpsResult result = nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.CONTACT));
        assertThat(result.n()).isEqualTo(6);
        assertThat(result.value().getAsDouble()).isCloseTo(100.0 * 2 / 6, within(1e-9));
    }

    @Test
    void accountLevelCountsEachAccountByItsLoyaltyClass() {
        // a1 passive (11.1), a2 promoter (75), a3 has no response and is not counted
        NpsResult result = nps.nps(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.ACCOUNT));
        assertThat(result.n()).isEqualTo(2);
        assertThat(result.promoters()).isEqualTo(1);
        assertThat(result.passives()).isEqualTo(1);
        assertThat(result.value().getAsDouble()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void filterKeepsOnlyTheSelectedAccountsResponses() {
        // smb: a2 (r7 9, r9 7) and a3 (no contacts)
        NpsResult result = nps.nps(new NpsQuery(YEAR, new AccountFilter(null, "smb", null, null), NpsLevel.RESPONSE));
        assertThat(result.n()).isEqualTo(2);
        assertThat(result.value().getAsDouble()).isCloseTo(50.0, within(1e-9));
        NpsResult none = nps.nps(new NpsQuery(YEAR, new AccountFilter(null, "nobody", null, null), NpsLevel.RESPONSE));
        assertThat(none.n()).isZero();
        assertThat(none.value()).isEmpty();
    }

    @Test
    void comparingAQuarterWithTheYearBefore() {
        var lastQuarter = new NpsQuery(new DateWindow(LocalDate.parse("2026-04-01"), ThreeAccounts.AS_OF),
                AccountFilter.ALL, NpsLevel.RESPONSE);
        var empty = new NpsQuery(new DateWindow(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31")),
                AccountFilter.ALL, NpsLevel.RESPONSE);
        var comparison = nps.compare(new NpsQuery(YEAR, AccountFilter.ALL, NpsLevel.RESPONSE), lastQuarter);
        // Q2: r2 10, r4 8, r7 9, r9 7 -> 50; the year 14.29; with n of 4 and 7 the change is within the noise
        assertThat(comparison.difference().getAsDouble()).isCloseTo(50 - 100.0 / 7, within(1e-9));
        assertThat(comparison.significant()).isFalse();
        assertThat(nps.compare(empty, lastQuarter).difference()).isEmpty();
    }

    @Test
    void responseRateCountsInvitedContactsWhoAnswered() {
        // invited c1, c2, c5, c6; of them c1, c2 and c6 answered in the window (c5's answer is older)
        var rate = nps.responseRate(YEAR, AccountFilter.ALL);
        assertThat(rate.invited()).isEqualTo(4);
        assertThat(rate.responded()).isEqualTo(3);
        assertThat(rate.rate().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(nps.responseRate(YEAR, new AccountFilter(null, "smb", null, null)).rate().getAsDouble())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void revenueWeightedNpsWeighsEachAccountByArr() {
        // (18000 * 100/9 + 5400 * 75) / (18000 + 5400) = 605000 / 23400
        var weighted = nps.revenueWeighted(ThreeAccounts.AS_OF, AccountFilter.ALL);
        assertThat(weighted.accounts()).isEqualTo(2);
        assertThat(weighted.arr()).isEqualByComparingTo("23400");
        assertThat(weighted.value().getAsDouble()).isCloseTo(605000.0 / 23400, within(1e-9));
    }

    @Test
    void aSeriesHasOnePointPerMonthEachOverItsTrailingWindow() {
        // Trailing 90 days ending 2026-04-30, 2026-05-31 and 2026-06-30 (the as-of day):
        // Jan 31..Apr 30: r3 6, r4 8, r5 9 -> P 1, passive 1, D 1, NPS 0
        // Mar 3..May 31: r2 10, r4 8 -> P 1, passive 1, D 0, NPS 50 (r3 on Mar 1 is just outside)
        // Apr 2..Jun 30: r2 10, r7 9, r9 7 -> P 2, passive 1, D 0, NPS 66.67 (r4 on Apr 1 is just outside)
        NpsSeries series = nps.series(new NpsSeriesQuery(ThreeAccounts.AS_OF, 3, 90, AccountFilter.ALL, null));
        assertThat(series.level()).isEqualTo(NpsLevel.RESPONSE);
        assertThat(series.windowDays()).isEqualTo(90);
        assertThat(series.points()).extracting(NpsPoint::window).containsExactly(
                new DateWindow(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-04-30")),
                new DateWindow(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-05-31")),
                new DateWindow(LocalDate.parse("2026-04-02"), ThreeAccounts.AS_OF));
        assertThat(series.points()).extracting(p -> p.nps().n(), p -> p.nps().promoters(), p -> p.nps().passives(),
                p -> p.nps().detractors()).containsExactly(tuple(3, 1, 1, 1), tuple(2, 1, 1, 0), tuple(3, 2, 1, 0));
        assertThat(series.points().get(0).nps().value().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(series.points().get(2).nps().value().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        // each point is the answer nps() gives for its window, interval included
        assertThat(series.points().get(2).nps()).isEqualTo(nps.nps(new NpsQuery(
                new DateWindow(LocalDate.parse("2026-04-02"), ThreeAccounts.AS_OF), AccountFilter.ALL, NpsLevel.RESPONSE)));
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void aSeriesPointWithoutResponsesIsUndefined() {
        // smb (a2: c6, c7) answered only in 2026; the last point, mid-month, ends on the day asked
        NpsSeries series = nps.series(new NpsSeriesQuery(LocalDate.parse("2025-10-15"), 2, 30,
                new AccountFilter(null, "smb", null, null), NpsLevel.CONTACT));
        assertThat(series.points()).extracting(p -> p.window().to())
                .containsExactly(LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-15"));
        assertThat(series.points()).allSatisfy(p -> {
            assertThat(p.nps().n()).isZero();
            assertThat(p.nps().value()).isEmpty();
            assertThat(p.nps().interval()).isEmpty();
        });
    }
}
