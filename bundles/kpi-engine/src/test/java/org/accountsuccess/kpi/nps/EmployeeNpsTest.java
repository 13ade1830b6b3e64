package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.employeeResponse;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void aLoneSuppressedDepartmentTakesTheSmallestShownOneWithIt() {
        EnpsReport report = EmployeeNps.report(Q1, nineResponses(), DEFAULTS);

        assertThat(report.anonymityFloor()).isEqualTo(5);
        // departments sorted by name
        assertThat(report.departments()).extracting(DepartmentEnps::department).containsExactly("Sales", "Support");
        // Sales has 4 (< 5): suppressed. Support's 5 alone would give Sales as total 9 minus Support 5,
        // so Support is suppressed too; both only combined, as the "other" 9 (= the total here).
        assertThat(report.departments()).allSatisfy(d -> assertThat(d.suppressed()).isTrue());
        NpsResult other = report.other().orElseThrow();
        assertThat(other.n()).isEqualTo(9);
        assertThat(other.value()).hasValueCloseTo(100.0 / 9, within(1e-9));
    }

    /**
     * The case found on the page: 175 answers (85 P, 62 Pa, 28 D) and a "Legal" department of 1
     * promoter and 2 passives below the floor; the departments shown added up to 172, so Legal
     * could be read off. Here a second small department (Support, 2) is suppressed beside it, and
     * the two hold the floor together; without Support, Legal stands alone and the smallest shown
     * department (Finance, 6) is suppressed with it: they are shown only as "other" (9: 2 P, 5 Pa,
     * 2 D), and the shown ones (Engineering 120, Sales 44) add up to 164 of 173.
     */
    @Test
    void noSuppressedDepartmentCanBeReadOffTheTotal() {
        List<EmployeeResponse> responses = new ArrayList<>();
        department(responses, "Engineering", 60, 40, 20);
        department(responses, "Sales", 23, 15, 6);
        department(responses, "Finance", 1, 3, 2);
        department(responses, "Legal", 1, 2, 0);
        department(responses, "Support", 0, 2, 0); // 2 answers: suppressed too
        // totals: P 85, Pa 62, D 28
        EnpsReport report = EmployeeNps.report(Q1, responses.stream(), DEFAULTS);

        NpsResult overall = report.overall().orElseThrow();
        assertThat(overall.n()).isEqualTo(175);
        Map<String, DepartmentEnps> byName = new HashMap<>();
        report.departments().forEach(d -> byName.put(d.department(), d));
        // Legal 3 + Support 2 = 5 already hold the floor: two groups, nothing to add
        assertThat(byName.get("Legal").suppressed()).isTrue();
        assertThat(byName.get("Support").suppressed()).isTrue();
        assertThat(byName.get("Finance").suppressed()).isFalse();
        NpsResult other = report.other().orElseThrow();
        assertThat(other.n()).isEqualTo(5);
        assertThat(List.of(other.promoters(), other.passives(), other.detractors())).containsExactly(1, 4, 0);

        // Without Support, Legal would stand alone: Finance (the smallest shown, 6) goes with it.
        List<EmployeeResponse> withoutSupport = responses.stream().filter(r -> !r.department().equals("Support")).toList();
        EnpsReport legalAlone = EmployeeNps.report(Q1, withoutSupport.stream(), DEFAULTS);
        assertThat(legalAlone.departments()).filteredOn(DepartmentEnps::suppressed)
                .extracting(DepartmentEnps::department).containsExactlyInAnyOrder("Finance", "Legal");
        NpsResult combined = legalAlone.other().orElseThrow();
        assertThat(List.of(combined.promoters(), combined.passives(), combined.detractors())).containsExactly(2, 5, 2);
        int shown = legalAlone.departments().stream().filter(d -> !d.suppressed())
                .mapToInt(d -> d.result().orElseThrow().n()).sum();
        assertThat(shown).isEqualTo(164);
        assertThat(legalAlone.overall().orElseThrow().n() - shown).isEqualTo(combined.n());
    }

    @Test
    void nothingSuppressedMeansNoOther() {
        List<EmployeeResponse> responses = new ArrayList<>();
        department(responses, "Engineering", 3, 2, 1);
        department(responses, "Sales", 2, 2, 2);
        EnpsReport report = EmployeeNps.report(Q1, responses.stream(), DEFAULTS);
        assertThat(report.departments()).noneMatch(DepartmentEnps::suppressed);
        assertThat(report.other()).isEmpty();
    }

    /** Adds a department's promoters (score 9), passives (7) and detractors (3). */
    private static void department(List<EmployeeResponse> responses, String name, int p, int pa, int d) {
        int[] counts = {p, pa, d};
        int[] scores = {9, 7, 3};
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < counts[k]; i++) {
                responses.add(employeeResponse(name + "-" + k + "-" + i, name, "2024-02-01", scores[k]));
            }
        }
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
