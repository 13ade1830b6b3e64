package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Interval;
import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsSeries;
import org.accountsuccess.api.nps.NpsSeriesQuery;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.nps.ResponseRate;
import org.accountsuccess.api.nps.RevenueWeightedNps;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NpsCommandTest {
    private static final NpsResult FORTY_ANSWERS = new NpsResult(OptionalDouble.of(5), 40, 12, 18, 10,
            Optional.of(new Interval(-13.2, 23.0)), OptionalDouble.of(9.35));
    private final NpsCommand command = new NpsCommand();
    private NpsQuery asked;
    private NpsQuery askedBefore;
    private NpsResult answer = KnownFigures.FIFTY_THIRTY_TWENTY;

    NpsCommandTest() {
        command.nps = new NpsService() {
            @Override
            public NpsResult nps(NpsQuery query) {
                asked = query;
                return answer;
            }

            @Override
            public NpsSeries series(NpsSeriesQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public NpsComparison compare(NpsQuery first, NpsQuery second) {
                askedBefore = first;
                asked = second;
                // 30.0 (50/30/20 of 100) against 5.0 (12/18/10 of 40): se 7.81 and 9.35, 1.96 * 12.18 = 23.9 < 25
                return new NpsComparison(FORTY_ANSWERS, answer, OptionalDouble.of(25), true);
            }

            @Override
            public ResponseRate responseRate(DateWindow window, AccountFilter filter) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RevenueWeightedNps revenueWeighted(LocalDate asOf, AccountFilter filter) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void showsTheWorkedExampleOfMetricsRoundedForDisplay() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Window        | 2025-11-16 to 2026-11-15
                Level         | response
                NPS           | 30.0
                n             | 100
                Promoters     | 50 (50.0 %)
                Passives      | 30 (30.0 %)
                Detractors    | 20 (20.0 %)
                95 % interval | [14.1, 44.2]
                """);
        assertThat(asked).isEqualTo(new NpsQuery(new DateWindow(LocalDate.of(2025, 11, 16), KnownFigures.TODAY),
                AccountFilter.ALL, NpsLevel.RESPONSE));
    }

    @Test
    void comparesAgainstTheWindowOfEqualLengthBeforeAndMarksFewAnswers() throws Exception {
        NpsCompareCommand compare = new NpsCompareCommand();
        compare.nps = command.nps;
        compare.from = "2026-08-17";
        compare.level = "contact";

        assertThat(Console.run(compare)).isEqualTo("""
                Window          | 2026-08-17 to 2026-11-15
                Previous window | 2026-05-18 to 2026-08-16
                Level           | contact
                NPS             | 30.0 (n = 100, [14.1, 44.2])
                Previous NPS    | 5.0 (n = 40, [-13.2, 23.0])
                Change          | +25.0 points
                Significant     | yes
                """);
        // 91 days each: 2026-08-17 to 2026-11-15, and the 91 that end on 2026-08-16
        assertThat(askedBefore.window()).isEqualTo(new DateWindow(LocalDate.of(2026, 5, 18), LocalDate.of(2026, 8, 16)));
        assertThat(asked.level()).isEqualTo(NpsLevel.CONTACT);

        answer = new NpsResult(OptionalDouble.of(50), 12, 7, 4, 1, Optional.of(new Interval(10.2, 74.9)), OptionalDouble.of(17.3));
        assertThat(Console.run(compare)).contains("NPS             | 50.0 (n = 12, [10.2, 74.9]), few answers");
    }

    @Test
    void passesWindowFilterAndLevel() throws Exception {
        command.from = "2026-04-01";
        command.to = "2026-06-30";
        command.segment = "SMB";
        command.owner = "u-rep2";
        command.level = "Account";

        assertThat(Console.run(command)).contains("Level         | account");
        assertThat(asked).isEqualTo(new NpsQuery(new DateWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                new AccountFilter(null, "SMB", null, "u-rep2"), NpsLevel.ACCOUNT));
    }

    @Test
    void noResponsesReadNotAvailable() throws Exception {
        answer = KnownFigures.NO_RESPONSES;

        assertThat(Console.run(command)).contains("NPS           | n/a").contains("Promoters     | 0 (n/a)")
                .contains("95 % interval | n/a");
    }

    @Test
    void jsonIsTheNpsResultWithEmptyValuesAsNull() throws Exception {
        answer = KnownFigures.NO_RESPONSES;
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.get("n").asInt()).isZero();
        assertThat(json.get("value").isNull()).isTrue();
        assertThat(json.get("interval").isNull()).isTrue();
        assertThat(json.get("standardError").isNull()).isTrue();
    }

    @Test
    void badLevelAndInvertedWindowAreRefused() {
        command.level = "company";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("--level: 'company' is not one of response, contact, account");

        command.level = null;
        command.from = "2026-12-01";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--from 2026-12-01 is after --to 2026-11-15: the window is inverted");
        assertThat(asked).isNull();
    }
}
