package org.accountsuccess.api.enps;

import java.util.Optional;

import org.accountsuccess.api.nps.NpsResult;

/**
 * eNPS of one department.
 *
 * @param department the department
 * @param result the figure; empty when the department has fewer responses than the anonymity
 *        floor ("too few to show")
 */
public record DepartmentEnps(String department, Optional<NpsResult> result) {
    public boolean suppressed() {
        return result.isEmpty();
    }
}
