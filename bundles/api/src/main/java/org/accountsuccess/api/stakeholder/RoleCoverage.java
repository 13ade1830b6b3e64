package org.accountsuccess.api.stakeholder;

import org.accountsuccess.host.spi.Role;

/**
 * How well one role is covered.
 *
 * @param role the role
 * @param required contacts a healthy account of this tier needs in the role
 * @param counted active contacts in the role with a valid response in the lookback
 */
public record RoleCoverage(Role role, int required, int counted) {
    /** Contacts still missing; 0 when covered. */
    public int missing() {
        return Math.max(0, required - counted);
    }
}
