package org.accountsuccess.console;

import java.util.OptionalDouble;

import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.health.MissingFactor;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:health}: an account's health score, factor by factor. */
@Command(scope = ConsoleCommand.SCOPE, name = "health",
        description = "Shows an account's health score and band, and for each factor its score, weight, share,"
                + " contribution and reason; then the factors left out for want of data")
@Service
public class HealthCommand extends FigureCommand<HealthScore> {

    @Reference
    HealthService health;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--as-of", description = "The day the score is for, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    HealthScore figures() {
        return Input.known(health.health(accountId, Input.date("--as-of", asOf, today())), accountId);
    }

    @Override
    void print(HealthScore h) {
        out.println("Account " + h.accountId() + " as of " + h.asOf() + ": health "
                + Display.health(h.score(), h.band())
                + (h.rule().equals(HealthScore.DEFAULT_RULE) ? "" : " (health rule '" + h.rule() + "')"));
        out.println();
        Table factors = new Table().column("Factor").number("Score").number("Weight").number("Share")
                .number("Contribution").column("Reason", 70).whenEmpty("No factor has data for this account.");
        for (FactorScore f : h.factors()) {
            factors.row(f.factor(), Display.nps(f.score()), Display.weight(f.weight()),
                    Display.percent(OptionalDouble.of(f.normalisedWeight())), Display.nps(f.contribution()),
                    Display.text(f.reason()));
        }
        factors.print(out);
        if (!h.missing().isEmpty()) {
            out.println();
            Table missing = new Table().column("Missing").number("Weight").column("Reason", 70);
            for (MissingFactor m : h.missing()) {
                missing.row(m.factor(), Display.weight(m.weight()), Display.text(m.reason()));
            }
            missing.print(out);
        }
    }
}
