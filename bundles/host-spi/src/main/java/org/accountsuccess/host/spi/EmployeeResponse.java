package org.accountsuccess.host.spi;

import java.time.Instant;

/**
 * An employee's answer to the recommendation question (eNPS).
 *
 * @param id the response id
 * @param employeeRef a pseudonymous reference to the employee, never a name
 * @param department the group the figure is cut by
 * @param answeredAt when they answered
 * @param score 0..10
 * @param comment free text, untrusted; or {@code null}
 */
public record EmployeeResponse(String id, String employeeRef, String department, Instant answeredAt, int score,
        String comment) {
    public EmployeeResponse {
        Check.id("EmployeeResponse", id);
        Check.required("EmployeeResponse", id, "employeeRef", employeeRef);
        Check.required("EmployeeResponse", id, "department", department);
        Check.required("EmployeeResponse", id, "answeredAt", answeredAt);
        Check.score("EmployeeResponse", id, score);
        comment = Check.optional(comment);
    }
}
