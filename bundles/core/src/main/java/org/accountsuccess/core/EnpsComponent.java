package org.accountsuccess.core;

import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.enps.EnpsService;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.nps.EmployeeNps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Employee NPS; present only while the host provides employee survey records. */
@Component(service = EnpsService.class)
public class EnpsComponent implements EnpsService {
    private final EmployeeSurveyRecords employees;
    private final KpiSettings settings;

    @Activate
    public EnpsComponent(@Reference(name = "employees") EmployeeSurveyRecords employees,
            @Reference(name = "settings") KpiSettings settings) {
        this.employees = employees;
        this.settings = settings;
    }

    @Override
    public EnpsReport enps(DateWindow window) {
        KpiParameters parameters = settings.parameters();
        try (var responses = employees.employeeResponses(window.toTimeRange(parameters.zone()))) {
            return EmployeeNps.report(window, responses, parameters);
        }
    }
}
