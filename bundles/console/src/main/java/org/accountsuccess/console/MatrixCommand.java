package org.accountsuccess.console;

import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.NoMarginException;
import org.accountsuccess.api.matrix.QuadrantSummary;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.matrix.SuccessMatrixService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:matrix}: the success matrix, account NPS against ARR or margin, by quadrant. */
@Command(scope = ConsoleCommand.SCOPE, name = "matrix",
        description = "Shows the success matrix: account NPS against ARR (or margin), split at NPS 0 and at the"
                + " median value, with each quadrant's action, count and total; --accounts lists the accounts")
@Service
public class MatrixCommand extends SelectionCommand<SuccessMatrix> {

    @Reference
    SuccessMatrixService matrices;

    @Option(name = "--as-of", description = "The day, YYYY-MM-DD (default: today)")
    String asOf;

    @Option(name = "--measure", description = "Value axis: arr (default) or margin (12 months of revenue.csv margin)")
    @Completion(value = StringsCompleter.class, values = {"arr", "margin"})
    String measure;

    @Option(name = "--accounts", description = "Also list every plotted account")
    boolean accounts;

    @Override
    SuccessMatrix figures() {
        MatrixMeasure axis = Input.choice("--measure", measure, MatrixMeasure.class, MatrixMeasure.ARR);
        try {
            return matrices.matrix(Input.date("--as-of", asOf, today()), axis, filter());
        } catch (NoMarginException e) {
            throw new InputException("--measure margin: " + e.getMessage());
        }
    }

    @Override
    void print(SuccessMatrix m) {
        String value = m.measure() == MatrixMeasure.ARR ? "ARR" : "Margin";
        Table.figures()
                .row("As of", m.asOf())
                .row("Value axis", value + " (" + m.currency() + ")")
                .row("Split", "account NPS 0; " + value + " " + Display.money(m.valueSplit()) + " (median)")
                .row("Plotted", m.plotted() + " account(s)")
                .row("Left out", m.leftOut() + " account(s) without an account NPS"
                        + (m.measure() == MatrixMeasure.MARGIN ? " or margin" : ""))
                .print(out);
        out.println();
        Table quadrants = new Table().column("Quadrant").column("Action").number("Accounts").number(value);
        for (QuadrantSummary q : m.quadrants()) {
            quadrants.row(Display.code(q.quadrant()), q.action(), q.accounts(), Display.money(q.value()));
        }
        quadrants.print(out);
        if (accounts) {
            out.println();
            Table points = new Table().column("Quadrant").column("Account").column("Name", 32).number("NPS")
                    .column("Loyalty").number(value).whenEmpty("No account plotted.");
            for (MatrixPoint p : m.points()) {
                points.row(Display.code(p.quadrant()), p.accountId(), Display.text(p.name()), Display.nps(p.accountNps()),
                        Display.code(p.loyaltyClass()), Display.money(p.value()));
            }
            points.print(out);
        }
    }
}
