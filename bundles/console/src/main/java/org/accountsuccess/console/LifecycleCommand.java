package org.accountsuccess.console;

import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.lifecycle.ClassShare;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.LifecycleService;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:lifecycle}: the Pareto view, the head of accounts that reach a share of the ARR. */
@Command(scope = ConsoleCommand.SCOPE, name = "lifecycle",
        description = "Shows the lifecycle (Pareto) view: accounts by ARR, the head that reaches 80 % (or"
                + " --head-share) of the total, and head and tail by loyalty class; --accounts lists the ranking")
@Service
public class LifecycleCommand extends SelectionCommand<LifecycleReport> {

    @Reference
    LifecycleService lifecycle;

    @Option(name = "--as-of", description = "The day, YYYY-MM-DD (default: today)")
    String asOf;

    @Option(name = "--head-share", description = "Share of the total ARR the head reaches, above 0 and at most 1"
            + " (default: lifecycle.head.share of etc/org.accountsuccess.kpi.cfg, 0.8)")
    String headShare;

    @Option(name = "--accounts", description = "Also list the ranked accounts")
    boolean accounts;

    @Override
    LifecycleReport figures() {
        return lifecycle.lifecycle(Input.date("--as-of", asOf, today()), share(), filter());
    }

    private OptionalDouble share() {
        if (headShare == null) {
            return OptionalDouble.empty();
        }
        try {
            double share = Double.parseDouble(headShare.strip());
            if (share > 0 && share <= 1) {
                return OptionalDouble.of(share);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("--head-share: '" + headShare + "' is not a number above 0 and at most 1");
    }

    @Override
    void print(LifecycleReport r) {
        Table.figures()
                .row("As of", r.asOf())
                .row("Accounts with ARR", r.accounts())
                .row("Total ARR", Display.money(r.totalArr(), r.currency()))
                .row("Head", r.head().accounts() + " account(s) reaching " + Display.nps(100 * r.headShare())
                        + " %: " + Display.money(r.head().arr()) + " (" + Display.percent(r.head().shareOfArr()) + ")")
                .row("Tail", r.tail().accounts() + " account(s): " + Display.money(r.tail().arr()) + " ("
                        + Display.percent(r.tail().shareOfArr()) + ")")
                .print(out);
        out.println();
        Table classes = new Table().column("Loyalty").number("Head accounts").number("Head ARR")
                .number("Tail accounts").number("Tail ARR");
        List<ClassShare> head = r.head().byClass();
        List<ClassShare> tail = r.tail().byClass();
        for (int i = 0; i < head.size(); i++) {
            classes.row(Display.code(head.get(i).loyaltyClass()), head.get(i).accounts(),
                    Display.money(head.get(i).arr()), tail.get(i).accounts(), Display.money(tail.get(i).arr()));
        }
        classes.row("total", r.head().accounts(), Display.money(r.head().arr()), r.tail().accounts(),
                Display.money(r.tail().arr()));
        classes.print(out);
        if (accounts) {
            out.println();
            Table ranking = new Table().number("Rank").column("Account").column("Name", 32).number("ARR")
                    .number("Cumulative").column("Loyalty").column("Part").whenEmpty("No account with ARR.");
            for (RankedAccount a : r.ranking()) {
                ranking.row(a.rank(), a.accountId(), Display.text(a.name()), Display.money(a.arr()),
                        Display.percent(OptionalDouble.of(a.cumulativeShare())), Display.code(a.loyaltyClass()),
                        a.head() ? "head" : "tail");
            }
            ranking.print(out);
        }
    }
}
