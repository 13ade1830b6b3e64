package org.accountsuccess.api.stakeholder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an account has enough engaged contacts in each role for its tier.
 *
 * @param accountId the account
 * @param tier its tier, which sets what is required
 * @param roles one entry per role, A, B, C
 */
public record CoverageCheck(String accountId, int tier, List<RoleCoverage> roles) {
    public CoverageCheck {
        roles = List.copyOf(roles);
    }

    /** True when no role is short. */
    public boolean sufficient() {
        return roles.stream().allMatch(r -> r.missing() == 0);
    }

    /** The warning a rep reads, such as "missing 1 A (decision maker), 2 C (user)"; empty when sufficient. */
    public String warning() {
        return roles.stream().filter(r -> r.missing() > 0)
                .map(r -> r.missing() + " " + r.role() + " (" + r.role().label() + ")")
                .collect(Collectors.collectingAndThen(Collectors.joining(", "),
                        s -> s.isEmpty() ? "" : "missing " + s));
    }
}
