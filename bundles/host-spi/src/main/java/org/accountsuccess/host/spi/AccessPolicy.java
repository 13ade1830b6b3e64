package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which user may see which account, for users whose role limits them to some accounts (reps).
 * Optional: without it a rep sees the accounts they own ({@link Account#owner()}).
 */
@ProviderType
public interface AccessPolicy {

    /** True when {@code userId} may see {@code account} and every figure computed from it. */
    boolean maySee(String userId, Account account);
}
