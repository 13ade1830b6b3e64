package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.host.spi.DateWindow;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:retention}: recurring revenue retained over a period, overall and by group. */
@Command(scope = ConsoleCommand.SCOPE, name = "retention",
        description = "Shows MRR retention over a period: cohort, expansion, contraction, churn, GRR, NRR and logo"
                + " retention; with --by one row per segment, tier, owner or loyalty class")
@Service
public class RetentionCommand extends FigureCommand<RetentionCommand.Figures> {

    /**
     * The report over every account and, with {@code --by}, one per group.
     *
     * @param by the dimension of the groups, or {@code null}
     */
    record Figures(RetentionReport overall, AccountDimension by, List<Cut<RetentionReport>> groups) {
    }

    /** The values of {@code --by}; "loyalty" is the loyalty class at the period's start. */
    enum Grouping {
        SEGMENT(AccountDimension.SEGMENT), TIER(AccountDimension.TIER), OWNER(AccountDimension.OWNER),
        LOYALTY(AccountDimension.LOYALTY_CLASS);

        final AccountDimension dimension;

        Grouping(AccountDimension dimension) {
            this.dimension = dimension;
        }
    }

    @Reference
    RetentionService retention;

    @Option(name = "--from", description = "First day of the period (d0), YYYY-MM-DD", required = true)
    String from;

    @Option(name = "--to", description = "Last day of the period (d1), YYYY-MM-DD", required = true)
    String to;

    @Option(name = "--by", description = "Also one row per group: segment, tier, owner or loyalty")
    @Completion(value = StringsCompleter.class, values = {"segment", "tier", "owner", "loyalty"})
    String by;

    @Override
    Figures figures() {
        DateWindow period = Input.window(Input.date("--from", from), Input.date("--to", to));
        Grouping grouping = Input.choice("--by", by, Grouping.class, null);
        RetentionReport overall = retention.retention(period, AccountFilter.ALL);
        return grouping == null ? new Figures(overall, null, List.of())
                : new Figures(overall, grouping.dimension,
                        retention.retentionBy(period, AccountFilter.ALL, grouping.dimension));
    }

    /** Without {@code --by} the api's report itself; with it, the report and the groups. */
    @Override
    Object json(Figures figures) {
        return figures.by() == null ? figures.overall() : figures;
    }

    @Override
    void print(Figures figures) {
        RetentionReport r = figures.overall();
        Table.figures()
                .row("Period", r.period().from() + " to " + r.period().to())
                .row("Cohort (accounts with MRR on d0)", r.cohort())
                .row("Retained logos", r.retainedLogos())
                .row("New logos", r.newLogos())
                .row("Reactivated logos", r.reactivatedLogos())
                .row("Start MRR", Display.money(r.startMrr()))
                .row("End MRR", Display.money(r.endMrr()))
                .row("Expansion", Display.money(r.expansion()))
                .row("Contraction", Display.money(r.contraction()))
                .row("Churned MRR", Display.money(r.churned()))
                .row("New MRR", Display.money(r.newMrr()))
                .row("Reactivation MRR", Display.money(r.reactivationMrr()))
                .row("Quick Ratio", Display.ratio(r.quickRatio()))
                .row("GRR", Display.percent(r.grr()))
                .row("NRR", Display.percent(r.nrr()))
                .row("Gross revenue churn", Display.percent(r.grossRevenueChurn()))
                .row("Net revenue churn", Display.percent(r.netRevenueChurn()))
                .row("Logo retention", Display.percent(r.logoRetention()))
                .row("Logo churn", Display.percent(r.logoChurn()))
                .print(out);
        if (figures.by() == null) {
            return;
        }
        out.println();
        Table groups = new Table().column(Display.code(figures.by())).number("Cohort").number("Retained")
                .number("New").number("Start MRR").number("End MRR").number("GRR").number("NRR")
                .number("Logo retention").whenEmpty("No group.");
        for (Cut<RetentionReport> cut : figures.groups()) {
            RetentionReport g = cut.report();
            groups.row(cut.key(), g.cohort(), g.retainedLogos(), g.newLogos(), Display.money(g.startMrr()),
                    Display.money(g.endMrr()), Display.percent(g.grr()), Display.percent(g.nrr()),
                    Display.percent(g.logoRetention()));
        }
        groups.print(out);
    }
}
