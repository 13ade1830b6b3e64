package org.accountsuccess.host.spi;

import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/** Employee survey responses for eNPS. Optional: without it there is no eNPS. */
@ProviderType
public interface EmployeeSurveyRecords {

    /** The employee responses answered in the range. */
    Stream<EmployeeResponse> employeeResponses(TimeRange range);
}
