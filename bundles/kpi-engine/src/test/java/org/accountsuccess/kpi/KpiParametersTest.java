package org.accountsuccess.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import java.util.List;

import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

/** The defaults are the bracketed values of metrics.md; bad settings are refused by name. */
class KpiParametersTest {

    @Test
    void defaultsAreThoseOfTheSpec() {
        KpiParameters p = KpiParameters.defaults();

        assertThat(p.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(p.lookbackDays()).isEqualTo(365);
        assertThat(List.of(p.weight(Role.A), p.weight(Role.B), p.weight(Role.C))).containsExactly(3.0, 2.0, 1.0);
        assertThat(p.promoterAccountThreshold()).isEqualTo(30.0);
        assertThat(p.detractorAccountThreshold()).isEqualTo(0.0);
        assertThat(p.confidenceZ()).isEqualTo(1.96);
        assertThat(p.coverageFor(1)).isEqualTo(new KpiParameters.CoverageRequirement(2, 3, 5));
        assertThat(p.coverageFor(2)).isEqualTo(new KpiParameters.CoverageRequirement(1, 2, 3));
        assertThat(p.coverageFor(3)).isEqualTo(new KpiParameters.CoverageRequirement(1, 1, 1));
        assertThat(List.of(p.gapLimitFor(1), p.gapLimitFor(2), p.gapLimitFor(3))).containsExactly(30, 60, 90);
        assertThat(p.overContactThreshold()).isEqualTo(8);
        assertThat(p.overContactWindowDays()).isEqualTo(30);
        assertThat(p.anonymityFloor()).isEqualTo(5);
        assertThat(p.lifecycleHeadShare()).isEqualTo(0.8);
    }

    @Test
    void refusesThresholdsInTheWrongOrderAndAnEmptyFloor() {
        KpiParameters d = KpiParameters.defaults();

        assertThatIllegalArgumentException().isThrownBy(() -> new KpiParameters(d.zone(), d.baseCurrency(),
                d.lookbackDays(), 3, 2, 1, 0, 30, d.confidenceZ(), d.coverage(), d.gapLimitDays(),
                d.overContactThreshold(), d.overContactWindowDays(), d.anonymityFloor(), d.lifecycleHeadShare()))
                .withMessageContaining("detractorAccountThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new KpiParameters(d.zone(), d.baseCurrency(),
                d.lookbackDays(), 3, 2, 1, 30, 0, d.confidenceZ(), d.coverage(), d.gapLimitDays(),
                d.overContactThreshold(), d.overContactWindowDays(), 0, d.lifecycleHeadShare()))
                .withMessageContaining("'anonymityFloor' is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new KpiParameters(d.zone(), d.baseCurrency(),
                d.lookbackDays(), 3, 2, 1, 30, 0, d.confidenceZ(), d.coverage(), d.gapLimitDays(),
                d.overContactThreshold(), d.overContactWindowDays(), d.anonymityFloor(), 0))
                .withMessageContaining("'lifecycleHeadShare' is 0.0, must be above 0 and at most 1");
    }
}
