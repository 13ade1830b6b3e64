package org.accountsuccess.console;

import java.util.List;
import java.util.stream.Collectors;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.health.MissingFactor;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:health-trend}: an account's health at month ends. */
@Command(scope = ConsoleCommand.SCOPE, name = "health-trend",
        description = "Shows an account's health score at the ends of the last months (the last point is --to itself)")
@Service
public class HealthTrendCommand extends FigureCommand<List<HealthScore>> {

    @Reference
    HealthService health;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--to", description = "The last day, YYYY-MM-DD (default: today)")
    String to;

    @Option(name = "--months", description = "How many month ends, 1 to 60 (default 12)")
    String months;

    @Override
    List<HealthScore> figures() {
        int count = months == null ? 12 : Input.atLeast("--months", months, 1);
        if (count > 60) {
            throw new InputException("--months: " + count + " is more than 60");
        }
        return Input.known(health.trend(accountId, Input.date("--to", to, today()), count), accountId);
    }

    @Override
    void print(List<HealthScore> trend) {
        Table table = new Table().column("Day").number("Health").column("Band").column("Missing factors", 60);
        for (HealthScore h : trend) {
            table.row(h.asOf(), Display.nps(h.score()),
                    h.band().map(Display::code).orElse("-"), h.missing().isEmpty() ? "-"
                            : h.missing().stream().map(MissingFactor::factor).collect(Collectors.joining(", ")));
        }
        out.println("Account " + accountId);
        table.print(out);
    }
}
