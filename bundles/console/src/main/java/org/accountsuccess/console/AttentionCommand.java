package org.accountsuccess.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:attention}: the accounts that need a rep now, most valuable first. */
@Command(scope = ConsoleCommand.SCOPE, name = "attention",
        description = "Lists the accounts whose coverage check fails or that have a communication gap, with why,"
                + " by ARR, highest first")
@Service
public class AttentionCommand extends FigureCommand<List<AccountScorecard>> {

    @Reference
    AccountScorecardService scorecards;

    @Option(name = "--as-of", description = "The day the checks are for, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    List<AccountScorecard> figures() {
        return scorecards.scorecards(AccountFilter.ALL, Input.date("--as-of", asOf, today())).stream()
                .filter(s -> !s.coverage().sufficient() || s.communicationGap().flagged())
                .sorted(Comparator.comparing(AccountScorecard::arr).reversed()
                        .thenComparing(s -> s.account().id()))
                .toList();
    }

    @Override
    void print(List<AccountScorecard> accounts) {
        String currency = accounts.isEmpty() ? "" : " (" + accounts.get(0).baseCurrency() + ")";
        Table table = new Table().column("Account").column("Name", 32).column("Owner").number("Tier")
                .number("ARR" + currency).column("Why")
                .whenEmpty("No account needs attention.");
        for (AccountScorecard s : accounts) {
            table.row(s.account().id(), Display.text(s.account().name()), Display.text(s.account().owner()),
                    s.account().tier(), Display.money(s.arr()), why(s));
        }
        table.print(out);
        out.println(accounts.size() + " account(s) need attention");
    }

    private static String why(AccountScorecard s) {
        List<String> reasons = new ArrayList<>();
        if (!s.coverage().sufficient()) {
            reasons.add("coverage: " + s.coverage().warning());
        }
        if (s.communicationGap().flagged()) {
            reasons.add("communication gap: " + Display.touch(s.communicationGap()));
        }
        return String.join("; ", reasons);
    }
}
