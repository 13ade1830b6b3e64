package org.accountsuccess.api.enps;

import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;

/**
 * Employee NPS for a window.
 *
 * @param window the days whose responses count
 * @param anonymityFloor the fewest responses a group needs to be shown
 * @param overall every employee response; empty when there are fewer than the floor
 * @param departments one entry per department, sorted by name; small ones suppressed, and as many
 *        more as it takes so that no suppressed group can be read off the total (complementary
 *        suppression, metrics.md section 1)
 * @param other the suppressed departments combined ("other"), when they hold at least the floor;
 *        empty when none is suppressed or they hold fewer
 */
public record EnpsReport(DateWindow window, int anonymityFloor, Optional<NpsResult> overall,
        List<DepartmentEnps> departments, Optional<NpsResult> other) {
    public EnpsReport {
        departments = List.copyOf(departments);
        other = other == null ? Optional.empty() : other;
    }

    /** A report without the combined "other" group. */
    public EnpsReport(DateWindow window, int anonymityFloor, Optional<NpsResult> overall,
            List<DepartmentEnps> departments) {
        this(window, anonymityFloor, overall, departments, Optional.empty());
    }
}
