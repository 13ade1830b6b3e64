package org.accountsuccess.rest.access;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.rest.problem.AccessDeniedException;

/**
 * The authenticated user of one request.
 *
 * @param user the user name of the realm, which is the user id the host's data names as owner
 * @param roles the product roles the realm grants them
 */
public record Caller(String user, Set<ProductRole> roles) implements Principal {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of a request that passed {@link BasicAuthentication}. */
    public static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("request without an authenticated caller: is BasicAuthentication installed?");
    }

    /** Refuses the request unless the caller has {@code role}. */
    public Caller require(ProductRole role) {
        if (!has(role)) {
            throw new AccessDeniedException(
                    "only the role " + role.principalName() + " may ask this, and '" + user + "' does not have it");
        }
        return this;
    }

    @Override
    public String getName() {
        return user;
    }

    public boolean has(ProductRole role) {
        return roles.contains(role);
    }

    /** Admins and managers see every account. */
    public boolean seesAllAccounts() {
        return has(ProductRole.ADMIN) || has(ProductRole.MANAGER);
    }

    /** Admins, managers and reps see accounts and the figures computed from them. */
    public boolean seesAccounts() {
        return seesAllAccounts() || has(ProductRole.REP);
    }
}
