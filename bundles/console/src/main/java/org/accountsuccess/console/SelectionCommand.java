package org.accountsuccess.console;

import org.accountsuccess.api.AccountFilter;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * A figure command over a selection of accounts: {@code --segment}, {@code --tier} and
 * {@code --owner} narrow it, as on the REST API.
 *
 * @param <R> what the command computes
 */
abstract class SelectionCommand<R> extends FigureCommand<R> {

    @Option(name = "--segment", description = "Only the accounts of this segment")
    String segment;

    @Option(name = "--tier", description = "Only the accounts of this tier (1, 2 or 3)")
    @Completion(value = StringsCompleter.class, values = {"1", "2", "3"})
    String tier;

    @Option(name = "--owner", description = "Only the accounts of this owner (user id)")
    String owner;

    AccountFilter filter() {
        return new AccountFilter(null, segment, Input.tier("--tier", tier), owner);
    }
}
