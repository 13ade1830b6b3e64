package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.DecileLift;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.health.RedFlags;
import org.accountsuccess.api.health.SuggestedWeight;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:backtest}: whether the health score of a past day predicted who churned. */
@Command(scope = ConsoleCommand.SCOPE, name = "backtest",
        description = "Scores every account on a past day and compares with what happened by --until: renewed and"
                + " churned accounts, the AUC (0.5 is a coin toss, 1 a perfect separation), churn, mean score and"
                + " renewal rate by band, precision, recall and lead time of red, the riskiest decile's lift, and"
                + " weights fitted on this history next to the configured ones (never applied)")
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
        RedFlags red = b.red();
        DecileLift decile = b.riskiestDecile();
        Table.figures()
                .row("Scored on", b.asOf())
                .row("Outcome on", b.until())
                .row("Renewed", b.renewed())
                .row("Churned", b.churned())
                .row("Unscored", b.unscored())
                .row("AUC", decimals(b.auc(), 3))
                .row("Red: precision", Display.percent(red.precision()) + " (" + red.redChurned() + " of " + red.red()
                        + " red churned)")
                .row("Red: recall", Display.percent(red.recall()) + " (" + red.redChurned() + " of " + red.churned()
                        + " churned were red)")
                .row("Red: median lead", red.medianLeadDays().isPresent()
                        ? decimals(red.medianLeadDays(), 0) + " days before the end date" : Display.NOT_AVAILABLE)
                .row("Riskiest decile", Display.percent(decile.churnRate()) + " churned of " + decile.accounts()
                        + " against " + Display.percent(decile.overallChurnRate()) + ": lift "
                        + decimals(decile.lift(), 2))
                .print(out);
        out.println();
        Table bands = new Table().column("Band").number("Accounts").number("Churned").number("Churn rate")
                .number("Mean score").number("Renewal rate");
        for (BacktestBand band : b.bands()) {
            bands.row(Display.code(band.band()), band.accounts(), band.churned(),
                    Display.share(band.churned(), band.accounts()), Display.nps(band.meanScore()),
                    Display.percent(band.renewalRate()));
        }
        bands.print(out);
        out.println();
        Table weights = new Table().column("Factor").number("Configured").number("Suggested").number("Coefficient")
                .whenEmpty("No factor was scored.");
        for (SuggestedWeight w : b.weights()) {
            weights.row(w.factor(), Display.weight(w.configured()), decimals(w.suggested(), 2),
                    decimals(w.coefficient(), 3));
        }
        weights.print(out);
        out.println("Suggested weights: " + b.weightsNote() + ". They are not applied: set them in"
                + " org.accountsuccess.health (weights) to use them.");
    }

    private static String decimals(OptionalDouble value, int places) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + places + "f", value.getAsDouble())
                : Display.NOT_AVAILABLE;
    }
}
