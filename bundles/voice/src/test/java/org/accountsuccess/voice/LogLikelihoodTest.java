package org.accountsuccess.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLikelihoodTest {

    /**
     * 30 of 100 detractor comments against 10 of 100 promoter comments: expected 20 and 80 in each
     * row, G² = 2 (30 ln 1.5 + 70 ln 0.875 + 10 ln 0.5 + 90 ln 1.125) = 12.9715; p = erfc(sqrt(G²/2)).
     */
    @Test
    void aTermThreeTimesAsFrequentAmongDetractors() {
        double g = LogLikelihood.gSquared(30, 100, 10, 100);
        assertThat(g).isCloseTo(12.971514, within(1e-6));
        assertThat(LogLikelihood.pValue(g)).isCloseTo(3.1627e-4, within(1e-7));
    }

    @Test
    void equalSharesAreNoEvidence() {
        assertThat(LogLikelihood.gSquared(5, 50, 10, 100)).isCloseTo(0, within(1e-12));
        assertThat(LogLikelihood.pValue(0)).isCloseTo(1, within(1e-7));
        assertThat(LogLikelihood.gSquared(3, 10, 0, 0)).isZero();
    }

    /** χ²(1) at 3.841 is the 95 % quantile. */
    @Test
    void theFivePercentQuantile() {
        assertThat(LogLikelihood.pValue(3.841459)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void aTableThatCannotBeIsRefused() {
        assertThatThrownBy(() -> LogLikelihood.gSquared(11, 10, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 of 10");
    }
}
