package org.accountsuccess.rest.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a caller of the REST API may do, from the JAAS role principals of the realm {@code karaf}
 * with the same (lower-case) names.
 */
public enum ProductRole {
    /** Imports and configuration; sees every account. */
    ADMIN,
    /** Sees every account. */
    MANAGER,
    /** Sees the accounts the host's access policy grants (by default the accounts they own). */
    REP,
    /** Sees the employee NPS and nothing else. */
    HR;

    /** The name of the JAAS role principal that grants this role. */
    public String principalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The product roles among the given JAAS role names; other names are ignored. */
    public static Set<ProductRole> of(Set<String> jaasRoles) {
        Set<ProductRole> roles = EnumSet.noneOf(ProductRole.class);
        Arrays.stream(values()).filter(r -> jaasRoles.contains(r.principalName())).forEach(roles::add);
        return roles;
    }
}
