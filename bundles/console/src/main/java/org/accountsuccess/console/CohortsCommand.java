package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.revenue.Cohort;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortPeriod;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.CohortTable;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:cohorts}: accounts by the month or quarter of their first MRR, and what each cohort kept since. */
@Command(scope = ConsoleCommand.SCOPE, name = "cohorts",
        description = "Shows cohorts of accounts by the month (or quarter) of their first MRR as a triangle: logo"
                + " retention (or NRR with --metric nrr) at the end of each period since start")
@Service
public class CohortsCommand extends SelectionCommand<CohortsCommand.Figures> {

    /** The table over every account and, with {@code --by}, one per group. */
    record Figures(CohortTable overall, AccountDimension by, List<Cut<CohortTable>> groups) {
    }

    /** The values of {@code --by}. */
    enum Grouping {
        SEGMENT(AccountDimension.SEGMENT), TIER(AccountDimension.TIER), OWNER(AccountDimension.OWNER);

        final AccountDimension dimension;

        Grouping(AccountDimension dimension) {
            this.dimension = dimension;
        }
    }

    /** The figure in the triangle's cells. */
    enum Metric {
        LOGO(CohortPeriod::logoRetention), NRR(CohortPeriod::nrr);

        final Function<CohortPeriod, OptionalDouble> of;

        Metric(Function<CohortPeriod, OptionalDouble> of) {
            this.of = of;
        }
    }

    @Reference
    CohortService cohorts;

    @Option(name = "--from", description = "First day a cohort's period may start, YYYY-MM-DD (default: the first"
            + " of the month a year before --as-of)")
    String from;

    @Option(name = "--as-of", description = "Last day measured, YYYY-MM-DD (default: today)")
    String asOf;

    @Option(name = "--grain", description = "month (default) or quarter")
    @Completion(value = StringsCompleter.class, values = {"month", "quarter"})
    String grain;

    @Option(name = "--metric", description = "In the cells: logo (logo retention, default) or nrr")
    @Completion(value = StringsCompleter.class, values = {"logo", "nrr"})
    String metric;

    @Option(name = "--by", description = "Also one triangle per group: segment, tier or owner")
    @Completion(value = StringsCompleter.class, values = {"segment", "tier", "owner"})
    String by;

    private Metric shown;

    @Override
    Figures figures() {
        LocalDate last = Input.date("--as-of", asOf, today());
        LocalDate first = Input.date("--from", from, last.minusMonths(12).withDayOfMonth(1));
        Input.window(first, last);
        CohortGrain chosen = Input.choice("--grain", grain, CohortGrain.class, CohortGrain.MONTH);
        Grouping grouping = Input.choice("--by", by, Grouping.class, null);
        shown = Input.choice("--metric", metric, Metric.class, Metric.LOGO);
        CohortTable overall = cohorts.cohorts(first, last, chosen, filter());
        return grouping == null ? new Figures(overall, null, List.of())
                : new Figures(overall, grouping.dimension,
                        cohorts.cohortsBy(first, last, chosen, filter(), grouping.dimension));
    }

    @Override
    Object json(Figures figures) {
        return figures.by() == null ? figures.overall() : figures;
    }

    @Override
    void print(Figures figures) {
        triangle("All accounts", figures.overall());
        for (Cut<CohortTable> cut : figures.groups()) {
            out.println();
            triangle(Display.code(figures.by()) + " " + cut.key(), cut.report());
        }
    }

    private void triangle(String title, CohortTable t) {
        out.println(title + ": " + (shown == Metric.LOGO ? "logo retention" : "NRR") + " by " + Display.code(t.grain())
                + " since start, " + t.from() + " to " + t.asOf() + ", MRR in " + t.currency());
        int width = t.cohorts().stream().mapToInt(c -> c.periods().size()).max().orElse(0);
        Table table = new Table().column("Cohort").number("Accounts").number("Start MRR");
        for (int n = 0; n < width; n++) {
            table.number(String.valueOf(n));
        }
        table.whenEmpty("No cohort.");
        for (Cohort c : t.cohorts()) {
            Object[] row = new Object[3 + width];
            row[0] = c.key();
            row[1] = c.accounts();
            row[2] = Display.money(c.startMrr());
            for (int n = 0; n < width; n++) {
                row[3 + n] = n < c.periods().size() ? Display.percent(shown.of.apply(c.periods().get(n))) : "";
            }
            table.row(row);
        }
        table.print(out);
    }
}
