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
 * @param departments one entry per department, sorted by name; small ones suppressed
 */
public record EnpsReport(DateWindow window, int anonymityFloor, Optional<NpsResult> overall,
        List<DepartmentEnps> departments) {
    public EnpsReport {
        departments = List.copyOf(departments);
    }
}
