package org.accountsuccess.host.spi;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which user may see which account, for users whose role limits them to some accounts (reps).
 * Optional: without it a rep sees the accounts they own ({@link Account#owner()}).
 */
@ProviderType
public interface AccessPolicy {

    /** True when {@code userId} may see {@code account} and every figure computed from it. */
    boolean maySee(String userId, Account account);

    /**
     * The ids of the accounts among {@code accounts} that {@code userId} may see, in one call. A
     * host backed by a database answers it with one query; the default asks {@link #maySee} per
     * account.
     */
    default Set<String> visibleAccounts(String userId, Collection<Account> accounts) {
        return accounts.stream().filter(a -> maySee(userId, a)).map(Account::id).collect(Collectors.toSet());
    }
}
