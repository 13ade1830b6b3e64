package org.accountsuccess.rest.access;

import java.util.Set;

import org.accountsuccess.api.AccountFilter;

/**
 * The accounts one caller may see, computed once per request.
 *
 * @param accountIds the visible account ids, or {@code null} when the caller sees every account
 */
public record AccountScope(Set<String> accountIds) {
    /** Every account of the tenant. */
    public static final AccountScope ALL = new AccountScope(null);

    public AccountScope {
        accountIds = accountIds == null ? null : Set.copyOf(accountIds);
    }

    public boolean contains(String accountId) {
        return accountIds == null || accountIds.contains(accountId);
    }

    /** {@code filter} narrowed to the visible accounts, so lists and aggregates count only those. */
    public AccountFilter narrow(AccountFilter filter) {
        return accountIds == null ? filter : filter.withAccountIds(accountIds);
    }
}
