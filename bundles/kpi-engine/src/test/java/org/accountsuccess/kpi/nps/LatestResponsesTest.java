package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.at;
import static org.accountsuccess.kpi.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A contact's latest response and the one before it, whatever order the responses stream in. */
class LatestResponsesTest {
    private static final Instant T = at("2024-03-01T10:00:00Z");
    private static final SurveyResponse FIRST = response("r-1", "k-1", T.minusSeconds(86_400), 3);
    private static final SurveyResponse TIED_SMALL = response("r-10", "k-1", T, 5);
    private static final SurveyResponse TIED_LARGE = response("r-9", "k-1", T, 9);

    /** Every order of the three responses. */
    static Stream<List<SurveyResponse>> everyOrder() {
        return Stream.of(List.of(FIRST, TIED_SMALL, TIED_LARGE), List.of(FIRST, TIED_LARGE, TIED_SMALL),
                List.of(TIED_SMALL, FIRST, TIED_LARGE), List.of(TIED_SMALL, TIED_LARGE, FIRST),
                List.of(TIED_LARGE, FIRST, TIED_SMALL), List.of(TIED_LARGE, TIED_SMALL, FIRST));
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void keepsLatestAndPreviousInAnyOrder(List<SurveyResponse> order) {
        LatestResponses latest = new LatestResponses();
        order.forEach(latest::offer);

        // at the same instant "r-9" > "r-10": r-9 is the latest and r-10 the one before it
        assertThat(latest.latest()).contains(TIED_LARGE);
        assertThat(latest.previous()).contains(TIED_SMALL);
    }

    @Test
    void theSameResponseOfferedTwiceIsNotItsOwnPrevious() {
        LatestResponses latest = new LatestResponses();
        latest.offer(TIED_LARGE);
        latest.offer(TIED_LARGE);

        assertThat(latest.latest()).contains(TIED_LARGE);
        assertThat(latest.previous()).isEmpty();
    }

    @Test
    void nothingOfferedIsEmpty() {
        assertThat(new LatestResponses().latest()).isEmpty();
        assertThat(new LatestResponses().previous()).isEmpty();
    }
}
