package org.accountsuccess.kpi.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void anInterceptAloneIsTheLogOddsOfTheRate() {
        // 3 of 4 renewed: p = 0.75, log odds ln 3
        var model = LogisticRegression.fit(new double[4][0], new int[] {1, 1, 1, 0}, 1);

        assertThat(model.intercept()).isCloseTo(Math.log(3), within(1e-9));
        assertThat(model.probability(new double[0])).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aBinaryFeatureWithoutPenaltyGivesEachGroupsRate() {
        // x = 0: 1 of 4 renewed, x = 1: 3 of 4. The saturated model: p(0) = 1/4, p(1) = 3/4, so
        // intercept = logit(1/4) = -ln 3 and the coefficient logit(3/4) - logit(1/4) = 2 ln 3
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        int[] y = {1, 0, 0, 0, 1, 1, 1, 0};

        var model = LogisticRegression.fit(x, y, 0);

        assertThat(model.intercept()).isCloseTo(-Math.log(3), within(1e-9));
        assertThat(model.coefficients()[0]).isCloseTo(2 * Math.log(3), within(1e-9));
        assertThat(model.probability(new double[] {0})).isCloseTo(0.25, within(1e-9));
        assertThat(model.probability(new double[] {1})).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void separableDataStayFiniteWithAPenaltyAndSymmetric() {
        // x = 0 never renews, x = 1 always: no finite maximum likelihood, but the penalty holds the
        // coefficient; the data are symmetric about x = 1/2, so p(0) = 1 - p(1)
        double[][] x = {{0}, {0}, {1}, {1}};
        int[] y = {0, 0, 1, 1};

        var model = LogisticRegression.fit(x, y, 1);

        assertThat(model.coefficients()[0]).isPositive().isLessThan(10);
        assertThat(model.intercept()).isCloseTo(-model.coefficients()[0] / 2, within(1e-9));
        assertThat(model.probability(new double[] {0}) + model.probability(new double[] {1}))
                .isCloseTo(1, within(1e-9));
        // the same data fitted twice give the same numbers
        assertThat(LogisticRegression.fit(x, y, 1)).usingRecursiveComparison().isEqualTo(model);
    }
}
