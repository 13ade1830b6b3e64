package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.AccessPolicy;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.junit.jupiter.api.Test;

class AccessPolicyScopesTest {
    private static final List<Account> ACCOUNTS = List.of(account("acc-001", "u-rep1"), account("acc-002", "u-rep2"),
            account("acc-003", "u-rep1"));
    private static final AccountDirectory DIRECTORY = new AccountDirectory() {
        @Override
        public Optional<Account> account(String accountId) {
            return ACCOUNTS.stream().filter(a -> a.id().equals(accountId)).findFirst();
        }

        @Override
        public Stream<Account> accounts() {
            return ACCOUNTS.stream();
        }

        @Override
        public Stream<Contact> contacts(String accountId) {
            return Stream.empty();
        }

        @Override
        public Stream<Contact> allContacts() {
            return Stream.empty();
        }
    };

    private static Account account(String id, String owner) {
        return new Account(id, id, owner, null, 1, null, null, null, null);
    }

    @Test
    void withoutAPolicyARepSeesTheAccountsTheyOwn() {
        AccountScope scope = new AccessPolicyScopes(DIRECTORY, null).of(new Caller("u-rep1", Set.of(ProductRole.REP)));
        assertThat(scope.accountIds()).containsExactlyInAnyOrder("acc-001", "acc-003");
        assertThat(scope.contains("acc-002")).isFalse();
    }

    @Test
    void theHostsPolicyDecidesForReps() {
        AccessPolicy policy = (user, account) -> account.id().equals("acc-002");
        AccountScope scope = new AccessPolicyScopes(DIRECTORY, policy).of(new Caller("u-rep1", Set.of(ProductRole.REP)));
        assertThat(scope.accountIds()).containsExactly("acc-002");
    }

    @Test
    void aRepsRequestAsksThePolicyOnceForEveryAccount() {
        List<Collection<Account>> asked = new ArrayList<>();
        AccessPolicy counting = new AccessPolicy() {
            @Override
            public boolean maySee(String user, Account account) {
                throw new AssertionError("maySee asked for " + account.id() + ": the scope must ask in bulk");
            }

            @Override
            public Set<String> visibleAccounts(String user, Collection<Account> accounts) {
                asked.add(accounts);
                return Set.of("acc-002", "acc-003");
            }
        };
        AccountScope scope = new AccessPolicyScopes(DIRECTORY, counting)
                .of(new Caller("u-rep1", Set.of(ProductRole.REP)));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyElementsOf(ACCOUNTS);
        assertThat(scope.accountIds()).containsExactlyInAnyOrder("acc-002", "acc-003");
        assertThat(scope.narrow(AccountFilter.ALL).accountIds())
                .containsExactlyInAnyOrder("acc-002", "acc-003");
    }

    @Test
    void managersAndAdminsSeeEverything() {
        var scopes = new AccessPolicyScopes(DIRECTORY, (user, account) -> false);
        assertThat(scopes.of(new Caller("m", Set.of(ProductRole.MANAGER)))).isEqualTo(AccountScope.ALL);
        assertThat(scopes.of(new Caller("a", Set.of(ProductRole.ADMIN, ProductRole.REP)))).isEqualTo(AccountScope.ALL);
    }

    @Test
    void hrAndUsersWithoutAProductRoleSeeNoAccount() {
        var scopes = new AccessPolicyScopes(DIRECTORY, null);
        assertThatThrownBy(() -> scopes.of(new Caller("people", Set.of(ProductRole.HR))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("'people'");
        assertThatThrownBy(() -> scopes.of(new Caller("nobody", Set.of()))).isInstanceOf(AccessDeniedException.class);
    }
}
