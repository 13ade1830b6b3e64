package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Interval;
import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsPoint;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsSeries;
import org.accountsuccess.api.nps.NpsSeriesQuery;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.nps.ResponseRate;
import org.accountsuccess.api.nps.RevenueWeightedNps;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class NpsResourceTest {
    private static final NpsResult THIRTY = new NpsResult(OptionalDouble.of(30), 100, 50, 30, 20,
            Optional.of(new Interval(14.05, 44.2)), OptionalDouble.of(7.81));

    private static final NpsResult FIVE = new NpsResult(OptionalDouble.of(5), 40, 12, 18, 10,
            Optional.of(new Interval(-13.2, 23.0)), OptionalDouble.of(9.35));

    /** Answers every point with {@link #THIRTY}; remembers the series asked for. */
    private static final class FakeNps implements NpsService {
        NpsSeriesQuery asked;
        List<NpsQuery> compared;

        @Override
        public NpsResult nps(NpsQuery query) {
            return THIRTY;
        }

        @Override
        public NpsSeries series(NpsSeriesQuery query) {
            asked = query;
            return new NpsSeries(query.level(), query.windowDays(),
                    query.windows().stream().map(w -> new NpsPoint(w, nps(query.point(w)))).toList());
        }

        @Override
        public NpsComparison compare(NpsQuery first, NpsQuery second) {
            compared = List.of(first, second);
            return new NpsComparison(FIVE, THIRTY, OptionalDouble.of(25), true);
        }

        @Override
        public ResponseRate responseRate(DateWindow window, AccountFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RevenueWeightedNps revenueWeighted(LocalDate asOf, AccountFilter filter) {
            throw new UnsupportedOperationException();
        }
    }

    private final FakeNps nps = new FakeNps();
    private final NpsResource resource = new NpsResource(nps, Fixtures.ownerScopes(List.of(
            account("acc-001", "u-rep1", "Enterprise", 1), account("acc-002", "u-rep2", "SMB", 2))));

    @Test
    void aSeriesIsTwelveMonthsOfTrailingNinetyDaysToTodayByDefault() {
        NpsSeries series = resource.series(as("boss", ProductRole.MANAGER), null, null, null, null, null, null, null);
        assertThat(nps.asked.to()).isEqualTo(LocalDate.now());
        assertThat(nps.asked.months()).isEqualTo(12);
        assertThat(nps.asked.windowDays()).isEqualTo(90);
        assertThat(nps.asked.level()).isEqualTo(NpsLevel.RESPONSE);
        assertThat(nps.asked.filter()).isEqualTo(AccountFilter.ALL);
        assertThat(series.points()).hasSize(12);
    }

    @Test
    void aSeriesPointHasItsWindowAndTheFigureWithItsInterval() throws Exception {
        NpsSeries series = resource.series(as("u-rep1", ProductRole.REP), "2026-11-15", "3", "30", "Enterprise", null,
                null, "contact");
        assertThat(nps.asked.filter().accountIds()).containsExactly("acc-001");
        assertThat(nps.asked.filter().segment()).isEqualTo("Enterprise");
        assertThat(series.points()).extracting(p -> p.window().to()).containsExactly(LocalDate.parse("2026-09-30"),
                LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-15"));
        assertThat(RecordJsonWriter.write(series)).startsWith("{\"level\":\"contact\",\"windowDays\":30,\"points\":["
                + "{\"window\":{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"},\"nps\":{\"value\":30.0,\"n\":100,"
                + "\"promoters\":50,\"passives\":30,\"detractors\":20,\"interval\":{\"low\":14.05,\"high\":44.2},"
                + "\"standardError\":7.81}}");
    }

    @Test
    void badSeriesParametersAreNamed() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.series(manager, null, "37", null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("months: 37 is not from 1 to 36");
        assertThatThrownBy(() -> resource.series(manager, null, null, "0", null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("windowDays");
        assertThatThrownBy(() -> resource.series(manager, "last week", null, null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("to");
        assertThatThrownBy(() -> resource.series(manager, null, null, null, null, null, null, "team"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("level");
    }

    @Test
    void aComparisonIsAgainstTheWindowOfEqualLengthBeforeByDefault() throws Exception {
        NpsChange change = resource.compare(as("u-rep1", ProductRole.REP), "2026-10-17", "2026-11-15", null, null,
                null, null, null, "contact");
        // 30 days, 2026-10-17 to 2026-11-15: the previous 30 end on 2026-10-16 and start on 2026-09-17
        assertThat(nps.compared).extracting(NpsQuery::window).containsExactly(
                new DateWindow(LocalDate.parse("2026-09-17"), LocalDate.parse("2026-10-16")),
                new DateWindow(LocalDate.parse("2026-10-17"), LocalDate.parse("2026-11-15")));
        assertThat(nps.compared).allSatisfy(q -> {
            assertThat(q.level()).isEqualTo(NpsLevel.CONTACT);
            assertThat(q.filter().accountIds()).containsExactly("acc-001");
        });
        assertThat(RecordJsonWriter.write(change)).startsWith("{\"level\":\"contact\","
                + "\"window\":{\"from\":\"2026-10-17\",\"to\":\"2026-11-15\"},"
                + "\"previousWindow\":{\"from\":\"2026-09-17\",\"to\":\"2026-10-16\"},"
                + "\"current\":{\"value\":30.0,\"n\":100,").endsWith("\"change\":25.0,\"significant\":true}");
    }

    @Test
    void aPreviousWindowCanBeGivenByItsEnds() {
        var manager = as("boss", ProductRole.MANAGER);
        resource.compare(manager, "2026-10-01", "2026-10-31", "2025-10-01", null, null, null, null, null);
        // the end left out is the default's: the day before the window
        assertThat(nps.compared.get(0).window()).isEqualTo(new DateWindow(LocalDate.parse("2025-10-01"), LocalDate.parse("2026-09-30")));
        assertThatThrownBy(() -> resource.compare(manager, "2026-10-01", "2026-10-31", "2026-09-30", "2026-09-01", null,
                null, null, null)).isInstanceOf(BadParameterException.class)
                .hasMessage("previousFrom 2026-09-30 is after previousTo 2026-09-01: the previous window is inverted");
        assertThatThrownBy(() -> resource.compare(manager, null, null, null, "yesterday", null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("previousTo");
    }
}
