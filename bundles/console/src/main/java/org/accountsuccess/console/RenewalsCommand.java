package org.accountsuccess.console;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:renewals}: the contracts due in a period and how many were renewed. */
@Command(scope = ConsoleCommand.SCOPE, name = "renewals",
        description = "Shows the contracts due for renewal in a period: due, renewed, renewal rates by count and value,"
                + " auto-renew share, and each due contract")
@Service
public class RenewalsCommand extends FigureCommand<RenewalReport> {

    @Reference
    RenewalService renewals;

    @Option(name = "--from", description = "First day of the period, YYYY-MM-DD", required = true)
    String from;

    @Option(name = "--to", description = "Last day of the period, YYYY-MM-DD", required = true)
    String to;

    @Override
    RenewalReport figures() {
        return renewals.renewals(Input.window(Input.date("--from", from), Input.date("--to", to)),
                AccountFilter.ALL);
    }

    @Override
    void print(RenewalReport r) {
        Table.figures()
                .row("Period", r.period().from() + " to " + r.period().to())
                .row("Due", r.due())
                .row("Renewed", r.renewed())
                .row("Due MRR", Display.money(r.dueMrr()))
                .row("Renewed MRR", Display.money(r.renewedMrr()))
                .row("Renewal rate (count)", Display.percent(r.rateCount()))
                .row("Renewal rate (value)", Display.percent(r.rateValue()))
                .row("Auto-renew share", Display.percent(r.autoRenewShare()))
                .print(out);
        out.println();
        Table contracts = new Table().column("Contract").column("Account").column("Ends").number("MRR")
                .column("Auto-renew").column("Renewed by").column("Product", 30)
                .whenEmpty("No contract is due in this period.");
        for (DueContract due : r.contracts()) {
            contracts.row(due.contract().id(), due.contract().accountId(), due.contract().endDate(),
                    Display.money(due.mrr()), Display.yesNo(due.contract().autoRenew()),
                    due.renewed() ? due.renewedBy() : "-", Display.text(due.contract().product()));
        }
        contracts.print(out);
    }
}
