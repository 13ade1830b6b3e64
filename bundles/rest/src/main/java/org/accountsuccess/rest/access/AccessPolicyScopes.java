package org.accountsuccess.rest.access;

import java.util.stream.Collectors;

import org.accountsuccess.host.spi.AccessPolicy;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The accounts a caller may see: every account for admins and managers; for reps the accounts the
 * host's {@link AccessPolicy} grants (asked once per request, with every account:
 * {@link AccessPolicy#visibleAccounts}), or without one the accounts they own.
 */
@Component(service = AccountScopes.class)
public class AccessPolicyScopes implements AccountScopes {
    private final AccountDirectory directory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccessPolicy policy;

    @Activate
    public AccessPolicyScopes(@Reference AccountDirectory directory) {
        this.directory = directory;
    }

    AccessPolicyScopes(AccountDirectory directory, AccessPolicy policy) {
        this(directory);
        this.policy = policy;
    }

    @Override
    public AccountScope of(Caller caller) {
        if (caller.seesAllAccounts()) {
            return AccountScope.ALL;
        }
        if (!caller.has(ProductRole.REP)) {
            throw new AccessDeniedException("the roles of '" + caller.user()
                    + "' do not include admin, manager or rep, which see accounts");
        }
        AccessPolicy current = policy;
        try (var accounts = directory.accounts()) {
            if (current == null) {
                return new AccountScope(accounts.filter(a -> caller.user().equals(a.owner())).map(Account::id)
                        .collect(Collectors.toSet()));
            }
            return new AccountScope(current.visibleAccounts(caller.user(), accounts.toList()));
        }
    }
}
