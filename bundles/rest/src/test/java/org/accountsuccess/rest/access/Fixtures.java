package org.accountsuccess.rest.access;

import javax.ws.rs.core.SecurityContext;

/** The container's security context before authentication. */
final class Fixtures {
    private Fixtures() {
    }

    static SecurityContext anonymous() {
        return new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }
}
