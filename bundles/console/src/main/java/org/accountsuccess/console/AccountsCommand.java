package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:accounts}: the account list with ARR, account NPS, loyalty class and the warning flags. */
@Command(scope = ConsoleCommand.SCOPE, name = "accounts",
        description = "Lists the accounts with owner, segment, tier, ARR, account NPS, loyalty class, health score and band, and flags"
                + " (coverage shortfall, communication gap, over-contact)")
@Service
public class AccountsCommand extends FigureCommand<List<AccountScorecard>> {

    @Reference
    AccountScorecardService scorecards;

    @Option(name = "--owner", description = "Only the accounts of this owner (user id)")
    String owner;

    @Option(name = "--segment", description = "Only the accounts of this segment")
    String segment;

    @Option(name = "--tier", description = "Only the accounts of this tier (1, 2 or 3)")
    @Completion(value = StringsCompleter.class, values = {"1", "2", "3"})
    String tier;

    @Option(name = "--as-of", description = "The day the figures are for, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    List<AccountScorecard> figures() {
        AccountFilter filter = new AccountFilter(null, segment, Input.tier("--tier", tier), owner);
        return scorecards.scorecards(filter, Input.date("--as-of", asOf, today()));
    }

    @Override
    void print(List<AccountScorecard> accounts) {
        String currency = accounts.isEmpty() ? "" : " (" + accounts.get(0).baseCurrency() + ")";
        Table table = new Table().column("Account").column("Name", 32).column("Owner").column("Segment")
                .number("Tier").number("ARR" + currency).number("NPS").column("Loyalty").column("Health").column("Flags")
                .whenEmpty("No account matches.");
        for (AccountScorecard s : accounts) {
            table.row(s.account().id(), Display.text(s.account().name()), Display.text(s.account().owner()),
                    Display.text(s.account().segment()), s.account().tier(), Display.money(s.arr()),
                    Display.nps(s.loyalty().accountNps()), Display.code(s.loyalty().loyaltyClass()),
                    Display.health(s.health().score(), s.health().band()), flags(s));
        }
        table.print(out);
        out.println(accounts.size() + " account(s)" + (accounts.isEmpty() ? "" : " as of " + accounts.get(0).asOf()));
    }

    /** The failed checks in one word each, or "-" when there is none. */
    static String flags(AccountScorecard s) {
        return s.flags().isEmpty() ? "-" : String.join(",", s.flags());
    }
}
