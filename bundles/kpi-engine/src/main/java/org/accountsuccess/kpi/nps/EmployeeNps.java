package org.accountsuccess.kpi.nps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.kpi.KpiParameters;

/**
 * eNPS overall and by department. A group below the anonymity floor is suppressed, never shown,
 * and never derivable (metrics.md section 1): when the suppressed groups could be read off the
 * total (one suppressed group alone, or suppressed groups adding up to fewer than the floor), the
 * smallest shown groups are suppressed too until they cannot; the suppressed groups are then shown
 * only combined, as "other", when they hold at least the floor.
 */
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
        Set<String> suppressed = suppressed(departments, parameters.anonymityFloor());
        NpsTally other = new NpsTally();
        List<DepartmentEnps> byDepartment = new ArrayList<>();
        departments.forEach((department, tally) -> {
            if (suppressed.contains(department)) {
                other.addAll(tally);
                byDepartment.add(new DepartmentEnps(department, Optional.empty()));
            } else {
                byDepartment.add(new DepartmentEnps(department, Optional.of(tally.result(parameters.confidenceZ()))));
            }
        });
        return new EnpsReport(window, parameters.anonymityFloor(), shown(overall, parameters), byDepartment,
                suppressed.isEmpty() ? Optional.empty() : shown(other, parameters));
    }

    /** The groups below the floor, plus the smallest others it takes so that none can be subtracted from the total. */
    private static Set<String> suppressed(Map<String, NpsTally> departments, int floor) {
        Set<String> suppressed = new HashSet<>();
        int[] hidden = {0};
        departments.forEach((department, tally) -> {
            if (tally.count() < floor) {
                suppressed.add(department);
                hidden[0] += tally.count();
            }
        });
        if (suppressed.isEmpty()) {
            return suppressed;
        }
        List<Map.Entry<String, NpsTally>> shownSmallestFirst = departments.entrySet().stream()
                .filter(e -> !suppressed.contains(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, NpsTally> e) -> e.getValue().count())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        for (Map.Entry<String, NpsTally> next : shownSmallestFirst) {
            if (suppressed.size() >= 2 && hidden[0] >= floor) {
                break;
            }
            suppressed.add(next.getKey());
            hidden[0] += next.getValue().count();
        }
        return suppressed;
    }

    private static Optional<NpsResult> shown(NpsTally tally, KpiParameters parameters) {
        NpsResult result = tally.result(parameters.confidenceZ());
        return result.n() < parameters.anonymityFloor() ? Optional.empty() : Optional.of(result);
    }
}
