package org.accountsuccess.console;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * The options of an NPS question ({@code as:nps}, {@code as:nps-compare}): window, segment, owner and level.
 *
 * @param <R> what the command computes
 */
abstract class NpsQueryCommand<R> extends FigureCommand<R> {

    @Option(name = "--from", description = "First day whose responses count, YYYY-MM-DD (default: a year before --to)")
    String from;

    @Option(name = "--to", description = "Last day whose responses count, YYYY-MM-DD (default: today)")
    String to;

    @Option(name = "--segment", description = "Only the responses of accounts of this segment")
    String segment;

    @Option(name = "--owner", description = "Only the responses of accounts of this owner (user id)")
    String owner;

    @Option(name = "--level", description = "What one unit is: response (every response), contact (each contact's"
            + " latest) or account (each account by its loyalty class); default: response")
    @Completion(value = StringsCompleter.class, values = {"response", "contact", "account"})
    String level;

    /** The question the options ask; throws {@link InputException} naming a bad option. */
    NpsQuery query() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        return new NpsQuery(Input.window(first, last), new AccountFilter(null, segment, null, owner),
                Input.choice("--level", level, NpsLevel.class, NpsLevel.RESPONSE));
    }
}
