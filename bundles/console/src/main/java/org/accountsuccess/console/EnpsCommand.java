package org.accountsuccess.console;

import java.time.LocalDate;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.enps.EnpsService;
import org.accountsuccess.api.nps.NpsResult;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:enps}: employee NPS overall and by department; a department below the anonymity floor is not shown. */
@Command(scope = ConsoleCommand.SCOPE, name = "enps",
        description = "Shows the employee NPS over a window, overall and by department; a group with fewer"
                + " responses than the anonymity floor reads \"too few to show\"")
@Service
public class EnpsCommand extends FigureCommand<EnpsReport> {
    static final String SUPPRESSED = "too few to show";

    @Reference
    EnpsService enps;

    @Option(name = "--from", description = "First day whose responses count, YYYY-MM-DD (default: a year before --to)")
    String from;

    @Option(name = "--to", description = "Last day whose responses count, YYYY-MM-DD (default: today)")
    String to;

    @Override
    EnpsReport figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        return enps.enps(Input.window(first, last));
    }

    @Override
    void print(EnpsReport r) {
        out.println("Employee responses " + r.window().from() + " to " + r.window().to() + ", groups of fewer than "
                + r.anonymityFloor() + " are not shown, nor any group the others would give away");
        Table table = new Table().column("Department").number("eNPS").number("n").number("Promoters")
                .number("Passives").number("Detractors").number("95 % interval");
        row(table, "all departments", r.overall().orElse(null));
        for (DepartmentEnps d : r.departments()) {
            row(table, Display.text(d.department()), d.result().orElse(null));
        }
        if (r.departments().stream().anyMatch(DepartmentEnps::suppressed)) {
            row(table, "other (the groups not shown)", r.other().orElse(null));
        }
        table.print(out);
    }

    private static void row(Table table, String group, NpsResult result) {
        if (result == null) {
            table.row(group, SUPPRESSED, "", "", "", "", "");
        } else {
            table.row(group, Display.nps(result.value()), result.n(), result.promoters(), result.passives(),
                    result.detractors(), Display.interval(result.interval()));
        }
    }
}
