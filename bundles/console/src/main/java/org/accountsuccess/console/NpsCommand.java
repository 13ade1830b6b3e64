package org.accountsuccess.console;

import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:nps}: the Net Promoter Score over a window, with n and its 95 % interval. */
@Command(scope = ConsoleCommand.SCOPE, name = "nps",
        description = "Shows the NPS over a window at response, contact or account level: value, n, promoters,"
                + " passives, detractors and the 95 % interval")
@Service
public class NpsCommand extends NpsQueryCommand<NpsResult> {

    @Reference
    NpsService nps;

    /** The question asked, for the header of the printout. */
    private NpsQuery query;

    @Override
    NpsResult figures() {
        query = query();
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
