package org.accountsuccess.console;

import java.time.YearMonth;
import java.util.List;

import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.MonthMovements;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * {@code as:mrr-movements}: new, expansion, contraction, churned and reactivation MRR month by
 * month with the Quick Ratio; with {@code --month} the accounts behind one month's movements.
 */
@Command(scope = ConsoleCommand.SCOPE, name = "mrr-movements",
        description = "Shows MRR movements month by month (new, expansion, contraction, churned, reactivation, Quick"
                + " Ratio); with --month the accounts behind that month's movements, largest first")
@Service
public class MrrMovementsCommand extends SelectionCommand<MrrMovementsCommand.Figures> {

    /** The series, or ({@code month} given) the accounts of one month. */
    record Figures(MovementSeries series, List<AccountMovement> accounts) {
    }

    @Reference
    RevenueMovementService movements;

    @Option(name = "--from", description = "First month, YYYY-MM (default: eleven months before --to)")
    String from;

    @Option(name = "--to", description = "Last month, YYYY-MM (default: this month)")
    String to;

    @Option(name = "--month", description = "Instead of the series, the accounts behind this month's movements")
    String month;

    @Option(name = "--movement", description = "With --month, only this movement")
    @Completion(value = StringsCompleter.class, values = {"new", "expansion", "contraction", "churned", "reactivation"})
    String movement;

    @Override
    Figures figures() {
        MrrMovement kind = Input.choice("--movement", movement, MrrMovement.class, null);
        if (month != null) {
            return new Figures(null, movements.accounts(Input.month("--month", month, null), kind, filter()));
        }
        if (kind != null) {
            throw new InputException("--movement needs --month");
        }
        YearMonth last = Input.month("--to", to, YearMonth.from(today()));
        YearMonth first = Input.month("--from", from, last.minusMonths(11));
        if (first.isAfter(last)) {
            throw new InputException("--from " + first + " is after --to " + last + ": the window is inverted");
        }
        return new Figures(movements.movements(first, last, filter()), null);
    }

    @Override
    Object json(Figures figures) {
        return figures.series() != null ? figures.series() : figures.accounts();
    }

    @Override
    void print(Figures figures) {
        if (figures.series() == null) {
            Table table = new Table().column("Account").column("Name", 28).column("Movement").number("MRR before")
                    .number("MRR after").number("Amount").whenEmpty("No movement.");
            figures.accounts().forEach(m -> table.row(m.accountId(), m.accountName(), Display.code(m.movement()),
                    Display.money(m.startMrr()), Display.money(m.endMrr()), Display.money(m.amount())));
            table.print(out);
            return;
        }
        MovementSeries s = figures.series();
        out.println("MRR movements " + s.from() + " to " + s.to() + ", in " + s.currency());
        Table table = new Table().column("Month").number("Start MRR").number("New").number("Expansion")
                .number("Contraction").number("Churned").number("Reactivation").number("End MRR")
                .number("Quick Ratio");
        for (MonthMovements m : s.months()) {
            table.row(m.month(), Display.money(m.startMrr()), Display.money(m.newMrr()), Display.money(m.expansion()),
                    Display.money(m.contraction()), Display.money(m.churned()), Display.money(m.reactivationMrr()),
                    Display.money(m.endMrr()), Display.ratio(m.quickRatio()));
        }
        table.print(out);
    }
}
