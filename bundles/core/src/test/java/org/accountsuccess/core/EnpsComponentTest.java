package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class EnpsComponentTest {
    @Test
    void departmentsBelowTheAnonymityFloorAreSuppressedAndCannotBeDerived() {
        var enps = new EnpsComponent(ThreeAccounts.host(), KpiParameters::defaults);
        var report = enps.enps(new DateWindow(LocalDate.parse("2026-01-01"), ThreeAccounts.AS_OF));

        // Ops has 4 responses (< 5): suppressed; Sales (10, 9, 8, 3, 10) alone would give Ops away as
        // the total minus Sales, so it is suppressed too, and the two are shown only combined
        assertThat(report.departments()).extracting(DepartmentEnps::department).containsExactly("Ops", "Sales");
        assertThat(report.departments()).allSatisfy(d -> assertThat(d.suppressed()).isTrue());
        assertThat(report.other().orElseThrow().n()).isEqualTo(9);
        // overall: 9 responses, P 3, D 5 -> 100 * -2 / 9
        assertThat(report.overall().orElseThrow().value().getAsDouble()).isCloseTo(-200.0 / 9, within(1e-9));
    }
}
