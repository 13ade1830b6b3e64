package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.at;
import static org.accountsuccess.kpi.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.accountsuccess.host.spi.SurveyResponse;
import org.junit.jupiter.api.Test;

/** Latest by answered_at; ties broken by the larger response id in plain string order (metrics.md). */
class ResponseOrderTest {
    private static final Instant T = at("2024-03-01T10:00:00Z");

    @Test
    void theLaterInstantWinsWhateverTheIds() {
        SurveyResponse early = response("r-9", "k-1", T, 10);
        SurveyResponse late = response("r-1", "k-1", T.plusSeconds(1), 0);

        assertThat(ResponseOrder.isLater(late, early)).isTrue();
        assertThat(ResponseOrder.isLater(early, late)).isFalse();
    }

    @Test
    void atTheSameInstantTheLargerIdInPlainStringOrderWins() {
        // plain string order, not numeric: "r-9" > "r-10" because '9' > '1'
        SurveyResponse r9 = response("r-9", "k-1", T, 10);
        SurveyResponse r10 = response("r-10", "k-1", T, 0);

        assertThat(ResponseOrder.isLater(r9, r10)).isTrue();
        assertThat(ResponseOrder.isLater(r10, r9)).isFalse();
        assertThat(ResponseOrder.isLater(r9, r9)).isFalse();
    }

    @Test
    void chronologicalOrdersByInstantThenId() {
        SurveyResponse a = response("r-10", "k-1", T, 1);
        SurveyResponse b = response("r-9", "k-1", T, 2);
        SurveyResponse c = response("r-1", "k-1", T.plusSeconds(60), 3);

        assertThat(List.of(c, b, a).stream().sorted(ResponseOrder.CHRONOLOGICAL).toList()).containsExactly(a, b, c);
    }
}
