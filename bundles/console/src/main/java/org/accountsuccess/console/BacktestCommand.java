package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.Locale;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:backtest}: whether the health score of a past day predicted who churned. */
@Command(scope = ConsoleCommand.SCOPE, name = "backtest",
        description = "Scores every account on a past day and compares with what happened by --until: renewed and"
                + " churned accounts, the AUC (0.5 is a coin toss, 1 a perfect separation) and churn by band")
@Service
public class BacktestCommand extends FigureCommand<HealthBacktest> {

    @Reference
    HealthService health;

    @Option(name = "--as-of", description = "The past day the scores are computed for, YYYY-MM-DD", required = true)
    String asOf;

    @Option(name = "--until", description = "The end of the horizon, YYYY-MM-DD (default: --as-of + 365 days)")
    String until;

    @Override
    HealthBacktest figures() {
        LocalDate day = Input.date("--as-of", asOf);
        LocalDate end = Input.date("--until", until, day.plusDays(365));
        if (!end.isAfter(day)) {
            throw new InputException("--until " + end + " is not after --as-of " + day);
        }
        if (end.isAfter(today())) {
            throw new InputException("the horizon ends " + end + ", after today (" + today()
                    + "): the outcomes are not known yet; pick an earlier --as-of or --until");
        }
        return health.backtest(day, end, AccountFilter.ALL);
    }

    @Override
    void print(HealthBacktest b) {
        Table.figures()
                .row("Scored on", b.asOf())
                .row("Outcome on", b.until())
                .row("Renewed", b.renewed())
                .row("Churned", b.churned())
                .row("Unscored", b.unscored())
                .row("AUC", b.auc().isPresent() ? String.format(Locale.ROOT, "%.3f", b.auc().getAsDouble())
                        : Display.NOT_AVAILABLE)
                .print(out);
        out.println();
        Table bands = new Table().column("Band").number("Accounts").number("Churned").number("Churn rate");
        for (BacktestBand band : b.bands()) {
            bands.row(Display.code(band.band()), band.accounts(), band.churned(),
                    Display.share(band.churned(), band.accounts()));
        }
        bands.print(out);
    }
}
