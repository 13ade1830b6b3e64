package org.accountsuccess.console;

import java.util.List;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes account ids from the host's account directory: it streams the ids only, never
 * computes a figure, and offers at most {@value #MOST} candidates.
 */
@Service
public class AccountIdCompleter implements Completer {
    static final int MOST = 200;

    @Reference
    AccountDirectory accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        List<String> ids;
        try (Stream<Account> all = accounts.accounts()) {
            ids = all.map(Account::id).filter(id -> id.startsWith(typed)).sorted().limit(MOST).toList();
        }
        return new StringsCompleter(ids, true).complete(session, commandLine, candidates);
    }
}
