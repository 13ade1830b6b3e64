package org.accountsuccess.rest.access;

/** Which accounts a caller may see (a service inside this bundle). */
@FunctionalInterface
public interface AccountScopes {
    /**
     * The caller's scope.
     *
     * @throws org.accountsuccess.rest.problem.AccessDeniedException when the caller has no role that sees accounts
     */
    AccountScope of(Caller caller);
}
