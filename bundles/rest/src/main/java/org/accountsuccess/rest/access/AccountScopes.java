package org.accountsuccess.rest.access;

import org.osgi.annotation.versioning.ProviderType;

/** Which accounts a caller may see. */
@ProviderType
@FunctionalInterface
public interface AccountScopes {
    /**
     * The caller's scope.
     *
     * @throws org.accountsuccess.rest.problem.AccessDeniedException when the caller has no role that sees accounts
     */
    AccountScope of(Caller caller);
}
