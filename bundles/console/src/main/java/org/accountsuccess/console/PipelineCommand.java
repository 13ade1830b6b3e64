package org.accountsuccess.console;

import java.util.OptionalInt;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.renewal.RenewalPipelineService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:pipeline}: contracts due soon and not yet renewed, riskiest first. */
@Command(scope = ConsoleCommand.SCOPE, name = "pipeline",
        description = "Shows the renewal pipeline: contracts due in the next days and not yet renewed, with the"
                + " account's health, decision-maker loyalty and ARR at stake, red accounts first")
@Service
public class PipelineCommand extends FigureCommand<RenewalPipeline> {

    @Reference
    RenewalPipelineService pipeline;

    @Option(name = "--days", description = "Days ahead (default: pipeline.days of org.accountsuccess.health, 120)")
    String days;

    @Option(name = "--as-of", description = "The day the pipeline is seen from, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    RenewalPipeline figures() {
        OptionalInt horizon = days == null ? OptionalInt.empty() : OptionalInt.of(Input.atLeast("--days", days, 0));
        return pipeline.pipeline(Input.date("--as-of", asOf, today()), horizon, AccountFilter.ALL);
    }

    @Override
    void print(RenewalPipeline p) {
        Table table = new Table().column("Contract").column("Account").column("Name", 28).column("Ends")
                .number("Days").number("ARR at stake").number("Health").column("Band").column("Decision makers")
                .whenEmpty("No contract is due and unrenewed in this horizon.");
        for (PipelineEntry e : p.entries()) {
            table.row(e.contract().id(), e.account().id(), Display.text(e.account().name()), e.contract().endDate(),
                    e.daysUntilEnd(), Display.money(e.arrAtStake()), Display.nps(e.health()),
                    e.band().map(Display::code).orElse("-"), Display.code(e.decisionMakers()));
        }
        table.print(out);
        out.println(p.entries().size() + " contract(s) ending " + p.asOf() + " to " + p.last() + ", ARR at stake "
                + Display.money(p.arrAtStake(), p.baseCurrency()));
    }
}
