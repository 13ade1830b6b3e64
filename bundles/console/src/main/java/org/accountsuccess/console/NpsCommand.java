package org.accountsuccess.console;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:nps}: the Net Promoter Score over a window, with n and its 95 % interval. */
@Command(scope = ConsoleCommand.SCOPE, name = "nps",
        description = "Shows the NPS over a window at response, contact or account level: value, n, promoters,"
                + " passives, detractors and the 95 % interval")
@Service
public class NpsCommand extends FigureCommand<NpsResult> {

    @Reference
    NpsService nps;

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

    /** The question asked, for the header of the printout. */
    private NpsQuery query;

    @Override
    NpsResult figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        query = new NpsQuery(Input.window(first, last), new AccountFilter(null, segment, null, owner),
                Input.choice("--level", level, NpsLevel.class, NpsLevel.RESPONSE));
        return nps.nps(query);
    }

    @Override
    void print(NpsResult result) {
        Table.figures()
                .row("Window", query.window().from() + " to " + query.window().to())
                .row("Level", Display.code(query.level()))
                .row("NPS", Display.nps(result.value()))
                .row("n", result.n())
                .row("Promoters", result.promoters() + " (" + Display.share(result.promoters(), result.n()) + ")")
                .row("Passives", result.passives() + " (" + Display.share(result.passives(), result.n()) + ")")
                .row("Detractors", result.detractors() + " (" + Display.share(result.detractors(), result.n()) + ")")
                .row("95 % interval", Display.interval(result.interval()))
                .print(out);
    }
}
