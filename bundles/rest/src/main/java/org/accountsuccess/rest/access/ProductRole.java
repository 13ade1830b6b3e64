package org.accountsuccess.rest.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller of the REST API may do. The API names each role in lower case ({@code admin},
 * {@code manager}, {@code rep}, {@code hr}); which JAAS role grants it is configured
 * ({@link RoleMapping}), so a role of Karaf's own, such as {@code manager} in {@code admingroup},
 * grants nothing here unless an admin says so.
 */
public enum ProductRole {
    /** Imports, tokens and configuration; sees every account. */
    ADMIN,
    /** Sees every account. */
    MANAGER,
    /** Sees the accounts the host's access policy grants (by default the accounts they own). */
    REP,
    /** Sees the employee NPS and nothing else. */
    HR;

    /** The role's name in the API: in {@code GET /me}, tokens and launch tokens. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this API name. */
    public static Optional<ProductRole> named(String apiName) {
        return Arrays.stream(values()).filter(r -> r.apiName().equals(apiName)).findFirst();
    }
}
