package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Contact;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class AccountIdCompleterTest {
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AccountIdCompleter completer = new AccountIdCompleter();

    AccountIdCompleterTest() {
        List<Account> accounts = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> new Account(String.format("acc-%03d", i), "Account " + i, null, null, 3, null, null,
                        null, null))
                .toList();
        completer.accounts = new AccountDirectory() {
            @Override
            public Optional<Account> account(String accountId) {
                throw new UnsupportedOperationException("completion reads ids only");
            }

            @Override
            public Stream<Account> accounts() {
                return accounts.stream().onClose(() -> closed.set(true));
            }

            @Override
            public Stream<Contact> contacts(String accountId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stream<Contact> allContacts() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private List<String> complete(String typed) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), candidates);
        return candidates;
    }

    @Test
    void offersTheIdsStartingWithWhatWasTyped() {
        assertThat(complete("acc-01")).containsExactly("acc-010 ", "acc-011 ", "acc-012 ", "acc-013 ", "acc-014 ",
                "acc-015 ", "acc-016 ", "acc-017 ", "acc-018 ", "acc-019 ");
        assertThat(complete("acc-4999")).isEmpty();
        assertThat(closed).isTrue();
    }

    @Test
    void offersAtMostAFewHundred() {
        assertThat(complete("")).hasSize(AccountIdCompleter.MOST).startsWith("acc-001 ");
    }
}
