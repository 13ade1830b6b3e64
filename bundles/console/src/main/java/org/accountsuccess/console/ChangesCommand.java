package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

import org.accountsuccess.api.changes.AccountChangeService;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.changes.AccountChanges.Change;
import org.accountsuccess.api.changes.ContactMove;
import org.accountsuccess.api.changes.FactorChange;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:changes}: why an account's health and account NPS moved between two days. */
@Command(scope = ConsoleCommand.SCOPE, name = "changes",
        description = "Shows an account's health and account NPS on two days, each health factor's score and"
                + " contribution on both (the largest move first), and the contacts whose loyalty class changed")
@Service
public class ChangesCommand extends FigureCommand<AccountChanges> {
    static final int DEFAULT_DAYS = 90;

    @Reference
    AccountChangeService changes;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--from", description = "The earlier day, YYYY-MM-DD (default: 90 days before --to)")
    String from;

    @Option(name = "--to", description = "The later day, YYYY-MM-DD (default: today)")
    String to;

    @Override
    AccountChanges figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusDays(DEFAULT_DAYS));
        Input.window(first, last);
        return Input.known(changes.changes(accountId, first, last), accountId);
    }

    @Override
    void print(AccountChanges c) {
        Table.figures()
                .row("Account", c.accountId() + ", " + c.from() + " against " + c.to())
                .row("Health", Display.health(c.health().before(), c.bandBefore()) + " -> "
                        + Display.health(c.health().after(), c.bandAfter()) + " (" + points(c.health()) + ")")
                .row("Account NPS", Display.nps(c.accountNps().before()) + " " + Display.code(c.classBefore()) + " -> "
                        + Display.nps(c.accountNps().after()) + " " + Display.code(c.classAfter()) + " (" + points(c.accountNps()) + ")")
                .print(out);
        out.println();
        Table factors = new Table().column("Factor").number("Score before").number("Score after")
                .number("Contribution").column("Reason now", 60).whenEmpty("No factor has data on either day.");
        for (FactorChange f : c.factors()) {
            factors.row(f.factor(), Display.nps(f.score().before()), Display.nps(f.score().after()), points(f.contribution()),
                    Display.text(f.reasonAfter()));
        }
        factors.print(out);
        out.println();
        Table contacts = new Table().column("Contact").column("Role").column("Before").column("After")
                .whenEmpty("No contact changed class.");
        for (ContactMove m : c.contacts()) {
            contacts.row(Display.text(m.name() == null ? m.contactId() : m.name() + " (" + m.contactId() + ")"),
                    m.role().name(), Display.code(m.before()), Display.code(m.after()));
        }
        contacts.print(out);
    }

    /** The change with its sign, "+2.5 points", or n/a. */
    private static String points(Change change) {
        OptionalDouble d = change.change();
        return d.isPresent() ? String.format(Locale.ROOT, "%+.1f points", d.getAsDouble()) : Display.NOT_AVAILABLE;
    }
}
