package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.employeeResponse;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.junit.jupiter.api.Test;

/** eNPS: the same NPS over employee responses; a group with fewer than 5 responses is suppressed. */
class EmployeeNpsTest {
    private static final DateWindow Q1 = window("2024-01-01", "2024-03-31");

    private static Stream<EmployeeResponse> nineResponses() {
        return Stream.of(
                // Support: 5 responses, shown
                employeeResponse("e-1", "Support", "2024-01-10", 10), employeeResponse("e-2", "Support", "2024-01-11", 9),
                employeeResponse("e-3", "Support", "2024-02-01", 9), employeeResponse("e-4", "Support", "2024-02-02", 7),
                employeeResponse("e-5", "Support", "2024-03-31", 3),
                // Sales: 4 responses in the window, suppressed
                employeeResponse("e-6", "Sales", "2024-01-01", 10), employeeResponse("e-7", "Sales", "2024-01-05", 6),
                employeeResponse("e-8", "Sales", "2024-02-05", 6), employeeResponse("e-9", "Sales", "2024-03-05", 8),
                // outside the window: must not lift Sales to 5
                employeeResponse("e-10", "Sales", "2024-04-01", 10),
                employeeResponse("e-11", "Sales", "2023-12-31", 10));
    }

    @Test
    void aDepartmentWithFiveResponsesIsShownAndOneWithFourSuppressed() {
        EnpsReport report = EmployeeNps.report(Q1, nineResponses(), DEFAULTS);

        assertThat(report.anonymityFloor()).isEqualTo(5);
        // departments sorted by name
        assertThat(report.departments()).extracting(DepartmentEnps::department).containsExactly("Sales", "Support");
        DepartmentEnps sales = report.departments().get(0);
        DepartmentEnps support = report.departments().get(1);
        assertThat(sales.suppressed()).isTrue();
        assertThat(sales.result()).isEmpty();
        // Support [10, 9, 9, 7, 3]: 100 * (3 - 1) / 5 = 40
        NpsResult supportNps = support.result().orElseThrow();
        assertThat(supportNps.n()).isEqualTo(5);
        assertThat(supportNps.value()).hasValueCloseTo(40.0, within(1e-9));
    }

    @Test
    void overallCountsEveryResponseOfTheWindow() {
        NpsResult overall = EmployeeNps.report(Q1, nineResponses(), DEFAULTS).overall().orElseThrow();

        // promoters 10, 9, 9, 10 = 4; detractors 3, 6, 6 = 3; n = 9: 100 * 1 / 9
        assertThat(overall.n()).isEqualTo(9);
        assertThat(overall.value()).hasValueCloseTo(100.0 / 9, within(1e-9));
    }

    @Test
    void overallBelowFiveIsSuppressed() {
        EnpsReport report = EmployeeNps.report(Q1, nineResponses().filter(r -> r.department().equals("Sales")),
                DEFAULTS);

        assertThat(report.overall()).isEmpty();
        assertThat(report.departments()).singleElement().satisfies(d -> assertThat(d.suppressed()).isTrue());
    }
}
