package org.accountsuccess.kpi.nps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.kpi.KpiParameters;

/** eNPS overall and by department; a group below the anonymity floor is suppressed, never shown. */
public final class EmployeeNps {
    private EmployeeNps() {
    }

    /** @param responses the employee responses of the window (others are skipped) */
    public static EnpsReport report(DateWindow window, Stream<EmployeeResponse> responses, KpiParameters parameters) {
        NpsTally overall = new NpsTally();
        Map<String, NpsTally> departments = new TreeMap<>();
        responses.filter(r -> window.contains(r.answeredAt().atZone(parameters.zone()).toLocalDate()))
                .forEach(r -> {
                    overall.addScore(r.score());
                    departments.computeIfAbsent(r.department(), d -> new NpsTally()).addScore(r.score());
                });
        List<DepartmentEnps> byDepartment = new ArrayList<>();
        departments.forEach((department, tally) ->
                byDepartment.add(new DepartmentEnps(department, shown(tally, parameters))));
        return new EnpsReport(window, parameters.anonymityFloor(), shown(overall, parameters), byDepartment);
    }

    private static Optional<NpsResult> shown(NpsTally tally, KpiParameters parameters) {
        NpsResult result = tally.result(parameters.confidenceZ());
        return result.n() < parameters.anonymityFloor() ? Optional.empty() : Optional.of(result);
    }
}
