package org.accountsuccess.core;

import java.util.List;

import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.enps.EnpsService;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.kpi.nps.EmployeeNps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Employee NPS; present only while the host provides employee survey records. It reads them from
 * the host binding's current data version (the fact index) like every other figure, and caches the
 * report per window and version.
 */
@Component(service = EnpsService.class)
public class EnpsComponent extends HostBackedComponent implements EnpsService {

    /**
     * @param employees the host's port, bound only so that this service exists exactly while the host
     *        has employee records; the figures come from {@code host}'s version of them
     */
    @Activate
    public EnpsComponent(@Reference(name = "employees") EmployeeSurveyRecords employees,
            @Reference(name = "host") HostBinding host, @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public EnpsReport enps(DateWindow window) {
        return cached("enps", List.of(window), reader -> {
            EmployeeSurveyRecords employees = reader.host().employees();
            if (employees == null) {
                // the host binding picked a host without them while another host offers them
                throw new IllegalStateException("eNPS: the host binding reads no employee survey records (data version "
                        + reader.snapshot().version().version() + "); check employees.target in etc/"
                        + FactIndexConfiguration.PID + ".cfg");
            }
            try (var responses = employees.employeeResponses(window.toTimeRange(reader.parameters().zone()))) {
                return EmployeeNps.report(window, responses, reader.parameters());
            }
        });
    }
}
