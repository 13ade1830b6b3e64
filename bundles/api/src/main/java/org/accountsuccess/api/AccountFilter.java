package org.accountsuccess.api;

import java.util.Set;

import org.accountsuccess.host.spi.Account;

/**
 * Which accounts a figure is computed over. Every field narrows the set; {@code null} leaves it open.
 *
 * @param accountIds only these accounts (for example the ones a rep may see), or {@code null} for all
 * @param segment only this segment, or {@code null}
 * @param tier only this tier, or {@code null}
 * @param owner only the accounts of this owner, or {@code null}
 */
public record AccountFilter(Set<String> accountIds, String segment, Integer tier, String owner) {
    /** Every account of the tenant. */
    public static final AccountFilter ALL = new AccountFilter(null, null, null, null);

    public AccountFilter {
        accountIds = accountIds == null ? null : Set.copyOf(accountIds);
    }

    /** True when {@code account} is in the set. */
    public boolean matches(Account account) {
        return (accountIds == null || accountIds.contains(account.id()))
                && (segment == null || segment.equals(account.segment()))
                && (tier == null || tier == account.tier())
                && (owner == null || owner.equals(account.owner()));
    }

    public AccountFilter withAccountIds(Set<String> ids) {
        return new AccountFilter(ids, segment, tier, owner);
    }
}
