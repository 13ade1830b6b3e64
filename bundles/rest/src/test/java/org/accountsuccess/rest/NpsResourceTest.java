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

    /** Answers every point with {@link #THIRTY}; remembers the series asked for. */
    private static final class FakeNps implements NpsService {
        NpsSeriesQuery asked;

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
            throw new UnsupportedOperationException();
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
}
