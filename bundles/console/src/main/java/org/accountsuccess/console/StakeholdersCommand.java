package org.accountsuccess.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.host.spi.Role;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:stakeholders}: who among an account's decision makers, influencers and users promotes or detracts. */
@Command(scope = ConsoleCommand.SCOPE, name = "stakeholders",
        description = "Shows an account's stakeholder map: contacts by role (A decision maker, B influencer, C user)"
                + " and class, with their latest and previous scores")
@Service
public class StakeholdersCommand extends FigureCommand<StakeholderMap> {

    @Reference
    StakeholderLoyaltyService stakeholders;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--as-of", description = "The day the map is drawn for, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    StakeholderMap figures() {
        return Input.known(stakeholders.stakeholders(accountId, Input.date("--as-of", asOf, today())), accountId);
    }

    @Override
    void print(StakeholderMap map) {
        out.println("Account " + map.accountId() + " as of " + map.asOf() + ", classes from responses "
                + map.lookback().from() + " to " + map.lookback().to());
        Table grid = new Table().column("Role");
        for (LoyaltyClass c : LoyaltyClass.values()) {
            grid.number(Display.code(c));
        }
        for (Role role : Role.values()) {
            List<Object> cells = new ArrayList<>();
            cells.add(role + " (" + role.label() + ")");
            for (LoyaltyClass c : LoyaltyClass.values()) {
                cells.add(map.cell(role, c).size());
            }
            grid.row(cells.toArray());
        }
        grid.print(out);
        out.println();
        Table contacts = new Table().column("Contact").column("Name", 28).column("Role").column("Class")
                .column("Active").number("Latest").column("Latest on").number("Previous").column("Previous on")
                .whenEmpty("The account has no contacts.");
        for (Stakeholder s : map.stakeholders()) {
            contacts.row(s.contact().id(), Display.text(s.contact().name()), s.contact().role(),
                    Display.code(s.loyaltyClass()), Display.yesNo(s.contact().active()), score(s.latest()),
                    day(s.latest()), score(s.previous()), day(s.previous()));
        }
        contacts.print(out);
    }

    private static String score(Optional<ScoredResponse> response) {
        return response.map(r -> String.valueOf(r.score())).orElse("-");
    }

    private static String day(Optional<ScoredResponse> response) {
        return response.map(r -> r.date().toString()).orElse("-");
    }
}
