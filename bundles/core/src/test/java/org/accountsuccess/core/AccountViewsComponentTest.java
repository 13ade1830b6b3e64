package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.NoMarginException;
import org.accountsuccess.api.matrix.Quadrant;
import org.accountsuccess.api.movement.AccountMovement;
import org.accountsuccess.api.movement.ContactMovement;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * The views over {@link ThreeAccounts} as of 2026-06-30. Account NPS: a1 c1 10 (A), c2 6 (A), c3 8 (B), c4 9
 * (C): 100 * (3 + 1 - 3) / 9 = 11.1, passive; a2 c6 9 (A), c7 7 (C): 100 * 3 / 4 = 75, promoter; a3 no contact.
 * ARR: a1 12 * (1200 + 300) = 18000; a2 12 * 500 USD * 0.9 = 5400; a3 0 (k5 ended 2026-03-31).
 */
class AccountViewsComponentTest {
    private static final LocalDate AS_OF = ThreeAccounts.AS_OF;
    private static final AccountFilter REP1 = new AccountFilter(null, null, null, "rep1");
    private final TestHost host = ThreeAccounts.host();

    /** The views on the reference path: every call reads the host's ports, {@code revenue} among them. */
    private AccountViewsComponent views(RevenueLedger revenue) {
        HostPorts ports = new HostPorts(host, host, host, host, host, host, null, revenue);
        return new AccountViewsComponent(HostBinding.over(HostSnapshots.direct(ports), 0), KpiParameters::defaults);
    }

    @Test
    void theMatrixSplitsAtTheMedianArrOfThePlottedAccounts() {
        var m = views(null).matrix(AS_OF, MatrixMeasure.ARR, AccountFilter.ALL);

        // median of 5400 and 18000 = 11700: a1 high value, NPS 11.1 >= 0; a2 low value, NPS 75; a3 has no NPS
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("11700"));
        assertThat(m.points()).extracting(MatrixPoint::accountId, MatrixPoint::quadrant)
                .containsExactly(tuple("a1", Quadrant.GROW_AND_REFERENCE), tuple("a2", Quadrant.DEVELOP));
        assertThat(m.leftOut()).isEqualTo(1);
        assertThat(m.points().get(0).accountNps()).isCloseTo(100.0 / 9, within(1e-9));
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void theMatrixHonoursTheFilter() {
        var m = views(null).matrix(AS_OF, MatrixMeasure.ARR, REP1);

        // rep1: a1 and a3; a1 alone is plotted and is its own median
        assertThat(m.plotted()).isEqualTo(1);
        assertThat(m.leftOut()).isEqualTo(1);
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18000"));
    }

    @Test
    void theMarginAxisReadsTheRevenueLedgerAndIsRefusedWithoutMargin() {
        RevenueLedger ledger = (accountId, from, to) -> {
            assertThat(from).isEqualTo(YearMonth.of(2025, 7));
            assertThat(to).isEqualTo(YearMonth.of(2026, 6));
            return Stream.of(new RevenueEntry("a1", YearMonth.of(2026, 5), new BigDecimal("4000"), new BigDecimal("500")),
                    new RevenueEntry("a2", YearMonth.of(2026, 1), new BigDecimal("900"), new BigDecimal("100")));
        };

        var m = views(ledger).matrix(AS_OF, MatrixMeasure.MARGIN, AccountFilter.ALL);

        // a1 500 EUR, a2 100 USD = 90 EUR: median 295
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("295"));
        assertThat(m.points()).extracting(MatrixPoint::value).usingComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).containsExactly(new BigDecimal("500"), new BigDecimal("90.0"));
        assertThatThrownBy(() -> views(null).matrix(AS_OF, MatrixMeasure.MARGIN, AccountFilter.ALL))
                .isInstanceOf(NoMarginException.class)
                .hasMessage("no margin figure for the selected accounts in 2025-07 to 2026-06: the host has no revenue"
                        + " ledger");
        assertThatThrownBy(() -> views((a, f, t) -> Stream.empty()).matrix(AS_OF, MatrixMeasure.MARGIN,
                AccountFilter.ALL)).isInstanceOf(NoMarginException.class);
    }

    @Test
    void theMarginAxisComesFromTheIndexedDataVersion() {
        int[] reads = {0};
        List<RevenueEntry> entries = new ArrayList<>(List.of(
                new RevenueEntry("a1", YearMonth.of(2026, 5), new BigDecimal("4000"), new BigDecimal("500")),
                new RevenueEntry("a1", YearMonth.of(2025, 6), new BigDecimal("4000"), new BigDecimal("7000")),
                new RevenueEntry("a2", YearMonth.of(2026, 1), new BigDecimal("900"), new BigDecimal("100"))));
        RevenueLedger ledger = (accountId, from, to) -> {
            reads[0]++;
            return entries.stream().filter(e -> accountId == null || accountId.equals(e.accountId()));
        };
        long[] version = {1};
        HostBinding versioned = HostBinding.versioned(new HostPorts(host, host, host, host, host, host, null, ledger),
                () -> version[0], 16);
        var views = new AccountViewsComponent(versioned, KpiParameters::defaults);

        // 2025-06 is before the trailing twelve months 2025-07..2026-06: a1 500, a2 100 USD = 90 EUR, median 295
        var m = views.matrix(AS_OF, MatrixMeasure.MARGIN, AccountFilter.ALL);
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("295"));
        assertThat(views.matrix(AS_OF, MatrixMeasure.MARGIN, REP1).points()).extracting(MatrixPoint::accountId)
                .containsExactly("a1");

        // A new month in the ledger counts from the next data version on, not before.
        entries.add(new RevenueEntry("a2", YearMonth.of(2026, 6), new BigDecimal("900"), new BigDecimal("900")));
        assertThat(views.matrix(AS_OF, MatrixMeasure.MARGIN, AccountFilter.ALL).valueSplit())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("295"));
        version[0] = 2;
        versioned.refresh();
        // a2 (100 + 900) USD = 900 EUR: median of 500 and 900 = 700
        assertThat(views.matrix(AS_OF, MatrixMeasure.MARGIN, AccountFilter.ALL).valueSplit())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("700"));
        assertThat(reads[0]).isEqualTo(2);
    }

    @Test
    void theLifecycleHeadReachesTheShare() {
        // 18000 + 5400 = 23400; 80 % = 18720: a1 (18000) falls short, so both are the head; 70 % = 16380: a1 alone
        var all = views(null).lifecycle(AS_OF, OptionalDouble.empty(), AccountFilter.ALL);
        assertThat(all.ranking()).extracting(RankedAccount::accountId, RankedAccount::head)
                .containsExactly(tuple("a1", true), tuple("a2", true));
        assertThat(views(null).lifecycle(AS_OF, OptionalDouble.of(0.7), AccountFilter.ALL).head().accounts()).isEqualTo(1);
        KpiParameters d = KpiParameters.defaults();
        KpiParameters seventy = new KpiParameters(d.zone(), d.baseCurrency(), d.lookbackDays(), d.weightA(), d.weightB(),
                d.weightC(), d.promoterAccountThreshold(), d.detractorAccountThreshold(), d.confidenceZ(), d.coverage(),
                d.gapLimitDays(), d.overContactThreshold(), d.overContactWindowDays(), d.anonymityFloor(), 0.7);
        assertThat(new AccountViewsComponent(host.binding(), () -> seventy)
                .lifecycle(AS_OF, OptionalDouble.empty(), AccountFilter.ALL).headShare()).isEqualTo(0.7);
        assertThatThrownBy(() -> views(null).lifecycle(AS_OF, OptionalDouble.of(0), AccountFilter.ALL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void climbersAndFallers() {
        var r = views(null).movements(new DateWindow(LocalDate.parse("2025-07-01"), AS_OF), AccountFilter.ALL);

        // c1: 3 on 2025-12-01, then 10 on 2026-05-01: climber; c6's second answer is after the as-of day
        assertThat(r.contactClimbers()).extracting(ContactMovement::contactId, ContactMovement::arr)
                .containsExactly(tuple("c1", new BigDecimal("18000")));
        assertThat(r.contactFallers()).isEmpty();
        // a1 as of 2026-04-30: c1 3 (A), c2 6 (A), c3 8 (B), c4 9 (C), c5 10 (C, 2025-06-30, still in the
        // lookback): 100 * (1 + 1 - 6) / 10 = -40 detractor; as of 2026-05-01 c1 10: 100 * (3 + 2 - 3) / 10 = 20
        assertThat(r.accountClimbers()).extracting(AccountMovement::accountId, AccountMovement::classBefore,
                AccountMovement::classAfter).containsExactly(tuple("a1", LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE));
        assertThat(r.accountClimbers().get(0).npsBefore()).hasValueCloseTo(-40.0, within(1e-9));
        assertThat(r.accountClimbers().get(0).npsAfter()).hasValueCloseTo(20.0, within(1e-9));
        assertThat(views(null).movements(new DateWindow(LocalDate.parse("2025-07-01"), AS_OF),
                new AccountFilter(null, null, null, "rep2")).contactClimbers()).isEmpty();
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void driversWeighDetractorMentionsByTheirAccountsArr() {
        host.responses.add(new SurveyResponse("d1", "c2", TestHost.at("2026-06-01"), 4, null, null,
                List.of(DriverTag.parse("-support"))));
        host.responses.add(new SurveyResponse("d2", "c7", TestHost.at("2026-06-02"), 3, null, null,
                List.of(DriverTag.parse("-support"))));
        DateWindow h1 = new DateWindow(LocalDate.parse("2026-01-01"), AS_OF);

        var all = views(null).drivers(h1, AccountFilter.ALL);
        // r2..r5, r7, r9, d1, d2 fall in the window (r1 is in 2025, r8 after it)
        assertThat(all.responses()).isEqualTo(8);
        assertThat(all.byArrAtStake()).extracting(DriverImpact::driver, DriverImpact::detractorMentions,
                DriverImpact::arrAtStake).containsExactly(tuple("support", 2, new BigDecimal("23400.0")));
        var rep2 = views(null).drivers(h1, new AccountFilter(null, null, null, "rep2"));
        assertThat(rep2.responses()).isEqualTo(3);
        assertThat(rep2.byArrAtStake().get(0).arrAtStake()).isEqualByComparingTo("5400");
    }

    @Test
    void theSimulatorReadsEachKindOfRecordOnce() {
        int before = host.tenantWideReads.get();

        var r = views(null).simulate(new Scenario(AS_OF,
                List.of(new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PROMOTER, 0.5))), AccountFilter.ALL);

        // classes at 2025-07-01: a1 promoter (c5's 10 of 2025-06-30), a2 and a3 non-responders
        // NRR 2025-07-01..2026-06-30: promoter a1 1500 / 1000 = 1.5; non-responders a2 450 -> 450, a3 200 -> 0:
        // 450 / 650; overall (1650 + 500 - 200) / 1650 = 1950 / 1650
        // now: passive a1 18000 (no passive cohort: overall NRR), promoter a2 5400
        // baseline 5400 * 1.5 + 18000 * 1950 / 1650 = 8100 + 21272.73 = 29372.73
        // moving half the passives: promoter 14400 * 1.5 + passive 9000 * 1950 / 1650 = 21600 + 10636.36 = 32236.36
        assertThat(r.overallNrr()).hasValueCloseTo(1950.0 / 1650, within(1e-12));
        assertThat(r.classes().get(3).observedNrr()).hasValueCloseTo(450.0 / 650, within(1e-12));
        assertThat(r.baseline().get().doubleValue()).isCloseTo(8100 + 18000 * 1950.0 / 1650, within(1e-6));
        assertThat(r.projection().get().doubleValue()).isCloseTo(21600 + 9000 * 1950.0 / 1650, within(1e-6));
        assertThat(r.difference().get().doubleValue()).isCloseTo(9000 * (1.5 - 1950.0 / 1650), within(1e-6));
        // 1 promoter, 1 passive: 50; after 1.5 promoters, 0.5 passive: 75
        assertThat(r.baselineNps()).hasValueCloseTo(50.0, within(1e-9));
        assertThat(r.impliedNps()).hasValueCloseTo(75.0, within(1e-9));
        // accounts, contacts, responses, contracts: one tenant-wide read each
        assertThat(host.tenantWideReads.get() - before).isEqualTo(4);
        assertThat(host.openStreams).hasValue(0);
    }
}
