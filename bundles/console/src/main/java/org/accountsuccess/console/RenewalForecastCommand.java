package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastEntry;
import org.accountsuccess.api.renewal.ForecastModel;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.renewal.RenewalForecastService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:renewal-forecast}: renewal probabilities and expected ARR of the contracts due soon. */
@Command(scope = ConsoleCommand.SCOPE, name = "renewal-forecast",
        description = "Forecasts the contracts due in a window and not yet renewed: each one's renewal probability"
                + " from a model fitted on the tenant's past due contracts, the expected ARR, base/downside/upside"
                + " totals, and the model's Brier score and calibration on the latest past contracts")
@Service
public class RenewalForecastCommand extends FigureCommand<RenewalForecast> {
    /** The window's default length, as GET /renewals/forecast's. */
    static final int DEFAULT_DAYS = 120;

    @Reference
    RenewalForecastService forecasts;

    @Option(name = "--as-of", description = "The day the forecast is made on, YYYY-MM-DD (default: today)")
    String asOf;

    @Option(name = "--from", description = "The first end date included, not before --as-of (default: --as-of)")
    String from;

    @Option(name = "--to", description = "The last end date included (default: --from + 120 days)")
    String to;

    @Override
    RenewalForecast figures() {
        LocalDate day = Input.date("--as-of", asOf, today());
        LocalDate first = Input.date("--from", from, day);
        if (first.isBefore(day)) {
            throw new InputException("--from " + first + " is before --as-of " + day
                    + ": contracts that ended already have an outcome (see as:renewals)");
        }
        LocalDate last = Input.date("--to", to, first.plusDays(DEFAULT_DAYS));
        if (last.isBefore(first)) {
            throw new InputException("--to " + last + " is before --from " + first);
        }
        return forecasts.forecast(day, first, last, AccountFilter.ALL);
    }

    @Override
    void print(RenewalForecast f) {
        Table entries = new Table().column("Contract").column("Account").column("Name", 28).column("Ends")
                .number("ARR at stake").column("Scored on").number("Probability").number("Expected ARR")
                .whenEmpty("No contract is due and unrenewed in this window.");
        for (ForecastEntry e : f.entries()) {
            entries.row(e.contract().id(), e.account().id(), Display.text(e.account().name()), e.contract().endDate(),
                    Display.money(e.arrAtStake()), e.scoredOn(), Display.percent(e.probability()),
                    Display.money(e.expectedArr()));
        }
        entries.print(out);
        out.println();
        ForecastModel m = f.model();
        Table.figures()
                .row("Due", f.from() + " to " + f.to() + " (as of " + f.asOf() + ")")
                .row("ARR at stake", Display.money(f.arrAtStake(), f.baseCurrency()))
                .row("Base (expected)", Display.money(f.base()))
                .row("Downside (P10)", Display.money(f.downside()))
                .row("Upside (P90)", Display.money(f.upside()))
                .row("Method", Display.code(m.method()) + ": " + m.reason())
                .row("Past outcomes", m.outcomes() + " since " + m.historyFrom() + ", " + m.renewed() + " renewed ("
                        + Display.percent(m.baseRate()) + ")")
                .row("Fitted / tested", m.training() + " / " + m.holdout())
                .row("Brier (model)", brier(m.brier()))
                .row("Brier (base rate)", brier(m.baseRateBrier()))
                .print(out);
        if (!m.calibration().isEmpty()) {
            out.println();
            Table bins = new Table().column("Predicted").number("Contracts").number("Mean predicted")
                    .number("Renewed");
            for (CalibrationBin b : m.calibration()) {
                bins.row(String.format(Locale.ROOT, "%.0f-%.0f %%", 100 * b.from(), 100 * b.to()), b.contracts(),
                        Display.percent(OptionalDouble.of(b.predicted())),
                        Display.percent(OptionalDouble.of(b.observed())));
            }
            bins.print(out);
        }
    }

    private static String brier(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : Display.NOT_AVAILABLE;
    }
}
