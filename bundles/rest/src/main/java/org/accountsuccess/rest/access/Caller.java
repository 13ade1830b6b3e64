package org.accountsuccess.rest.access;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.rest.problem.AccessDeniedException;

/**
 * The authenticated user of one request.
 *
 * @param user the user name of the realm, which is the user id the host's data names as owner
 * @param roles the product roles the realm (or the token) grants them
 * @param credential how the request proved who sent it
 * @param tokenId the id of the API token or session it carried, or {@code null} for a password
 */
public record Caller(String user, Set<ProductRole> roles, Credential credential, String tokenId) implements Principal {
    /** How a request authenticated. */
    public enum Credential {
        /** HTTP Basic with the realm's password. */
        PASSWORD,
        /** An API token an admin issued. */
        TOKEN,
        /** The page's session from a CRM launch token. */
        SESSION
    }

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller who logged in with a password. */
    public Caller(String user, Set<ProductRole> roles) {
        this(user, roles, Credential.PASSWORD, null);
    }

    /** The caller of a request that passed {@link Authentication}. */
    public static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("request without an authenticated caller: is Authentication installed?");
    }

    /** Refuses the request unless the caller has {@code role}. */
    public Caller require(ProductRole role) {
        if (!has(role)) {
            throw new AccessDeniedException(
                    "only the role " + role.apiName() + " may ask this, and '" + user + "' does not have it");
        }
        return this;
    }

    /** Refuses the request unless it came with a password: tokens may not manage tokens. */
    public Caller requirePassword(String what) {
        if (credential != Credential.PASSWORD) {
            throw new AccessDeniedException(what + " needs a password login (HTTP Basic), not a bearer token");
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
