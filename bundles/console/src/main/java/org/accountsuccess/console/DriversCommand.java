package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.drivers.DriverService;
import org.accountsuccess.api.topics.TopicService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:drivers}: which driver tags detractors name, and the ARR of their accounts. */
@Command(scope = ConsoleCommand.SCOPE, name = "drivers",
        description = "Shows the revenue-weighted drivers of a window: per driver tag its mentions (+/-/neutral),"
                + " detractor mentions, the NPS of the responses naming it and the ARR at stake, ranked by detractor"
                + " mentions or (--rank arr) by ARR at stake")
@Service
public class DriversCommand extends SelectionCommand<DriverReport> {

    /** The two rankings. */
    enum Ranking {
        DETRACTORS, ARR
    }

    @Reference
    DriverService drivers;

    @Reference
    TopicService topics;

    @Option(name = "--from", description = "First day whose responses count, YYYY-MM-DD (default: a year before --to)")
    String from;

    @Option(name = "--to", description = "Last day whose responses count, YYYY-MM-DD (default: today)")
    String to;

    @Option(name = "--rank", description = "detractors (default: by detractor mentions) or arr (by ARR at stake)")
    @Completion(value = StringsCompleter.class, values = {"detractors", "arr"})
    String rank;

    @Option(name = "--topic", description = "Only the responses whose comments mention this topic (a key of as:topics --json)")
    String topic;

    private Ranking ranking;

    @Override
    DriverReport figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        ranking = Input.choice("--rank", rank, Ranking.class, Ranking.DETRACTORS);
        var window = Input.window(first, last);
        return topic == null || topic.isBlank() ? drivers.drivers(window, filter())
                : topics.topicDrivers(window, filter(), topic.strip());
    }

    @Override
    void print(DriverReport r) {
        out.println("Responses " + r.window().from() + " to " + r.window().to() + ": " + r.responses() + ", "
                + r.responsesWithDrivers() + " naming a driver; ranked by "
                + (ranking == Ranking.ARR ? "ARR at stake" : "detractor mentions"));
        List<DriverImpact> rows = ranking == Ranking.ARR ? r.byArrAtStake() : r.byDetractorMentions();
        Table table = new Table().column("Driver", 32).number("Mentions").number("+").number("-").number("Neutral")
                .number("Detractor mentions").number("NPS").number("Accounts at stake")
                .number("ARR at stake (" + r.currency() + ")").whenEmpty("No driver named.");
        for (DriverImpact d : rows) {
            table.row(Display.text(d.driver()), d.mentions(), d.positive(), d.negative(), d.neutral(),
                    d.detractorMentions(), Display.nps(d.nps().value()), d.accountsAtStake(),
                    Display.money(d.arrAtStake()));
        }
        table.print(out);
    }
}
