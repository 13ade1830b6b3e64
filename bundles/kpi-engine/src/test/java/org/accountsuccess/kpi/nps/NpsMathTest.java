package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.Z95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.accountsuccess.api.Interval;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsResult;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** metrics.md section 1: classes, NPS, adjusted-Wald interval, plain Wald se, significance of change. */
class NpsMathTest {
    private static final Offset<Double> EXACT = within(1e-9);
    /** The spec rounds intervals and se to two decimals: half a unit of the last digit. */
    private static final Offset<Double> TWO_DECIMALS = within(0.005);

    @ParameterizedTest(name = "score {0} is a {1}")
    @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
    void classifiesAtTheBoundaries(int score, LoyaltyClass expected) {
        assertThat(NpsMath.classify(score)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "score {0} is rejected")
    @ValueSource(ints = {-1, 11})
    void rejectsScoresOutsideZeroToTenNamingTheField(int score) {
        assertThatIllegalArgumentException().isThrownBy(() -> NpsMath.classify(score))
                .withMessageContainingAll("score", String.valueOf(score), "0..10");
    }

    @Test
    void workedExampleFiftyThirtyTwenty() {
        NpsResult result = NpsMath.result(50, 30, 20, Z95);

        // 100 * (50 - 20) / 100 = 30
        assertThat(result.value()).hasValueCloseTo(30.0, EXACT);
        assertThat(result.n()).isEqualTo(100);
        // n' = 103, p' = 50.75/103, d' = 20.75/103, centre 29.126, se' 7.6915, 29.126 -+ 1.96 * 7.6915
        Interval interval = result.interval().orElseThrow();
        assertThat(interval.low()).isCloseTo(14.05, TWO_DECIMALS);
        assertThat(interval.high()).isCloseTo(44.20, TWO_DECIMALS);
        // plain Wald: 100 * sqrt((0.5 + 0.2 - 0.3^2) / 100) = 100 * sqrt(0.0061) = 7.81
        assertThat(result.standardError()).hasValueCloseTo(7.81, TWO_DECIMALS);
        assertThat(result.standardError()).hasValueCloseTo(100 * Math.sqrt(0.0061), EXACT);
    }

    @Test
    void workedExampleEightNineTwentyTwo() {
        NpsResult result = NpsMath.result(8, 9, 22, Z95);

        // 100 * (8 - 22) / 39 = -1400/39 = -35.897...
        assertThat(result.value()).hasValueCloseTo(-1400.0 / 39, EXACT);
        assertThat(result.value().getAsDouble()).isCloseTo(-35.897, within(0.0005));
        assertThat(result.n()).isEqualTo(39);
        // n' = 42, p' = 8.75/42, d' = 22.75/42: centre -33.33, se' 12.3335, -33.33 -+ 24.174
        assertThat(result.interval().orElseThrow().low()).isCloseTo(-57.51, TWO_DECIMALS);
        assertThat(result.interval().orElseThrow().high()).isCloseTo(-9.16, TWO_DECIMALS);
    }

    @Test
    void adjustedWaldCentreIsNotThePointEstimate() {
        // the interval is centred on nps' = 100 * (50.75 - 20.75) / 103 = 29.126..., the point estimate stays 30
        Interval interval = NpsMath.adjustedWald(50, 20, 100, Z95);

        assertThat((interval.low() + interval.high()) / 2).isCloseTo(3000.0 / 103, EXACT);
    }

    @Test
    void intervalIsClippedAtPlusAndMinusHundred() {
        // 30 promoters of 30: n' = 33, centre 100 * 30/33 = 90.909, se' 6.2304, high 103.12 -> 100
        Interval allPromoters = NpsMath.result(30, 0, 0, Z95).interval().orElseThrow();
        assertThat(allPromoters.high()).isEqualTo(100.0);
        assertThat(allPromoters.low()).isCloseTo(78.70, TWO_DECIMALS);

        Interval allDetractors = NpsMath.result(0, 0, 30, Z95).interval().orElseThrow();
        assertThat(allDetractors.low()).isEqualTo(-100.0);
        assertThat(allDetractors.high()).isCloseTo(-78.70, TWO_DECIMALS);
    }

    @Test
    void noResponsesIsUndefinedWithoutInterval() {
        NpsResult result = NpsMath.result(0, 0, 0, Z95);

        assertThat(result.value()).isEmpty();
        assertThat(result.n()).isZero();
        assertThat(result.interval()).isEmpty();
        assertThat(result.standardError()).isEmpty();
    }

    @Test
    void plainWaldNeedsAtLeastOneResponse() {
        assertThatIllegalArgumentException().isThrownBy(() -> NpsMath.waldStandardError(0, 0, 0))
                .withMessageContaining("n is 0");
    }

    @Test
    void aDropOfTwentyFivePointsOnAHundredResponsesIsSignificant() {
        NpsResult before = NpsMath.result(50, 30, 20, Z95);
        NpsResult after = NpsMath.result(35, 35, 30, Z95);

        NpsComparison comparison = NpsMath.compare(before, after, Z95);

        // difference 5 - 30 = -25; se2 = 100 * sqrt((0.65 - 0.05^2) / 100) = 8.047;
        // threshold 1.96 * sqrt(7.810^2 + 8.047^2) = 21.98 < 25
        assertThat(comparison.difference()).hasValueCloseTo(-25.0, EXACT);
        assertThat(comparison.significant()).isTrue();
    }

    @Test
    void aDropOfTwentyPointsOnAHundredResponsesIsNotSignificant() {
        NpsResult before = NpsMath.result(50, 30, 20, Z95);
        NpsResult after = NpsMath.result(40, 30, 30, Z95);

        NpsComparison comparison = NpsMath.compare(before, after, Z95);

        // difference 10 - 30 = -20; se2 = 100 * sqrt((0.7 - 0.1^2) / 100) = 8.307;
        // threshold 1.96 * sqrt(7.810^2 + 8.307^2) = 22.35 > 20
        assertThat(comparison.difference()).hasValueCloseTo(-20.0, EXACT);
        assertThat(comparison.significant()).isFalse();
        // the other way round the difference changes sign, not the verdict
        assertThat(NpsMath.compare(after, before, Z95).difference()).hasValueCloseTo(20.0, EXACT);
        assertThat(NpsMath.compare(after, before, Z95).significant()).isFalse();
    }

    @Test
    void aComparisonWithAnUndefinedSideHasNoDifferenceAndIsNotSignificant() {
        NpsResult defined = NpsMath.result(50, 30, 20, Z95);
        NpsResult undefined = NpsMath.result(0, 0, 0, Z95);

        NpsComparison comparison = NpsMath.compare(defined, undefined, Z95);

        assertThat(comparison.difference()).isEmpty();
        assertThat(comparison.significant()).isFalse();
        assertThat(comparison.first()).isSameAs(defined);
        assertThat(NpsMath.compare(undefined, defined, Z95).difference()).isEmpty();
    }
}
