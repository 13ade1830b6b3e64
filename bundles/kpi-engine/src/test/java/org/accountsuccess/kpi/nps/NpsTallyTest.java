package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.Z95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsResult;
import org.junit.jupiter.api.Test;

/** Counting scores one at a time: the worked examples [9, 8, 6] and [] of metrics.md. */
class NpsTallyTest {

    private static NpsResult tally(int... scores) {
        NpsTally tally = new NpsTally();
        for (int score : scores) {
            tally.addScore(score);
        }
        return tally.result(Z95);
    }

    @Test
    void nineEightSixIsZero() {
        NpsResult result = tally(9, 8, 6);

        // 100 * (1 - 1) / 3 = 0
        assertThat(result.value()).hasValueCloseTo(0.0, within(1e-9));
        assertThat(result.promoters()).isEqualTo(1);
        assertThat(result.passives()).isEqualTo(1);
        assertThat(result.detractors()).isEqualTo(1);
        assertThat(result.interval()).isPresent();
    }

    @Test
    void noScoresIsUndefined() {
        NpsResult result = tally();

        assertThat(result.value()).isEmpty();
        assertThat(result.interval()).isEmpty();
    }

    @Test
    void nonRespondersAreNotPartOfN() {
        NpsTally tally = new NpsTally();
        tally.add(LoyaltyClass.PROMOTER);
        tally.add(LoyaltyClass.NON_RESPONDER);
        tally.add(LoyaltyClass.NON_RESPONDER);
        tally.add(LoyaltyClass.DETRACTOR);
        tally.add(LoyaltyClass.DETRACTOR);

        NpsResult result = tally.result(Z95);

        // n = 3 (the silent ones do not count): 100 * (1 - 2) / 3 = -33.33...
        assertThat(result.n()).isEqualTo(3);
        assertThat(result.value()).hasValueCloseTo(-100.0 / 3, within(1e-9));
    }

    @Test
    void anInvalidScoreIsNeverCounted() {
        NpsTally tally = new NpsTally();
        tally.addScore(10);

        assertThatIllegalArgumentException().isThrownBy(() -> tally.addScore(11));
        assertThat(tally.result(Z95).n()).isEqualTo(1);
    }
}
