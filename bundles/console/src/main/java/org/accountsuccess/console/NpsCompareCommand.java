package org.accountsuccess.console;

import java.util.Locale;

import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code as:nps-compare}: the NPS of a window against the window of equal length before it, the
 * change and whether it is significant; a figure from few answers says so.
 */
@Command(scope = ConsoleCommand.SCOPE, name = "nps-compare",
        description = "Shows the NPS of a window against the previous window of equal length: both figures with n and"
                + " interval, the change in points and whether it is significant (95 %)")
@Service
public class NpsCompareCommand extends NpsQueryCommand<NpsComparison> {
    /** Fewer answers than this, or an interval wider than {@link #WIDEST_INTERVAL} points: "few answers". */
    static final int FEW_ANSWERS = 30;
    static final double WIDEST_INTERVAL = 40;

    @Reference
    NpsService nps;

    private NpsQuery current;
    private NpsQuery previous;

    @Override
    NpsComparison figures() {
        current = query();
        previous = current.previous();
        return nps.compare(previous, current);
    }

    @Override
    void print(NpsComparison comparison) {
        Table.figures()
                .row("Window", current.window().from() + " to " + current.window().to())
                .row("Previous window", previous.window().from() + " to " + previous.window().to())
                .row("Level", Display.code(current.level()))
                .row("NPS", figure(comparison.second()))
                .row("Previous NPS", figure(comparison.first()))
                .row("Change", comparison.difference().isPresent()
                        ? String.format(Locale.ROOT, "%+.1f points", comparison.difference().getAsDouble())
                        : Display.NOT_AVAILABLE)
                .row("Significant", Display.yesNo(comparison.significant()))
                .print(out);
    }

    /** "30.0 (n = 100, [14.1, 44.2])", with "few answers" when n or the interval say so. */
    private static String figure(NpsResult result) {
        boolean few = result.n() < FEW_ANSWERS
                || result.interval().map(i -> i.high() - i.low() > WIDEST_INTERVAL).orElse(true);
        return Display.nps(result.value()) + " (n = " + result.n() + ", " + Display.interval(result.interval()) + ")"
                + (few ? ", few answers" : "");
    }
}
