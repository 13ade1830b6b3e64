package org.accountsuccess.console;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:scorecard}: what a rep sees first when opening an account. */
@Command(scope = ConsoleCommand.SCOPE, name = "scorecard",
        description = "Shows an account's scorecard: account NPS with its interval and n, loyalty class, MRR/ARR,"
                + " next renewal, coverage, communication gap, over-contact and the health score")
@Service
public class ScorecardCommand extends FigureCommand<AccountScorecard> {

    @Reference
    AccountScorecardService scorecards;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--as-of", description = "The day the figures are for, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    AccountScorecard figures() {
        return Input.known(scorecards.scorecard(accountId, Input.date("--as-of", asOf, today())), accountId);
    }

    @Override
    void print(AccountScorecard s) {
        Account a = s.account();
        NpsResult contacts = s.loyalty().contacts();
        Table table = Table.figures();
        if (s.dataStatus().freshness() != Freshness.LIVE) {
            table.row("Host data", Display.dataStatus(s.dataStatus()));
        }
        table.row("Account", a.id() + "  " + Display.text(a.name()))
                .row("Owner", Display.text(a.owner()))
                .row("Segment, tier", Display.text(a.segment()) + ", tier " + a.tier())
                .row("As of", s.asOf())
                .row("Account NPS", Display.nps(s.loyalty().accountNps()) + " (role-weighted), "
                        + Display.code(s.loyalty().loyaltyClass()))
                .row("Contact NPS", Display.nps(contacts.value()) + ", 95 % interval "
                        + Display.interval(contacts.interval()) + ", n = " + contacts.n())
                .row("MRR", Display.money(s.mrr(), s.baseCurrency()))
                .row("ARR", Display.money(s.arr(), s.baseCurrency()))
                .row("Next renewal", s.nextRenewal().map(r -> r.contract().endDate() + " (in " + r.daysUntilEnd()
                        + " days), ARR at stake " + Display.money(r.arrAtStake(), s.baseCurrency()) + ", contract "
                        + r.contract().id()).orElse("none due"))
                .row("Coverage", s.coverage().sufficient() ? "ok" : s.coverage().warning())
                .row("Communication", Display.communicationGap(s.communicationGap()))
                .row("Over-contact", Display.overContact(s.overContact()))
                .row("Health", Display.health(s.health().score(), s.health().band()) + " (" + s.health().factors().size()
                        + " factors, " + s.health().missing().size() + " missing"
                        + (s.health().rule().equals(HealthScore.DEFAULT_RULE) ? "" : ", rule '" + s.health().rule() + "'")
                        + "; as:health for each)");
        s.topNegativeTopic().ifPresent(topic -> table.row("Top negative topic", Display.text(topic)
                + " (as:topics --account " + a.id() + ")"));
        table.print(out);
    }
}
