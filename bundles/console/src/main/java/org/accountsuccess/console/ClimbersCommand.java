package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.movement.AccountMovement;
import org.accountsuccess.api.movement.ContactMovement;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.movement.MovementService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:climbers}: contacts and accounts whose class improved or worsened with their latest response. */
@Command(scope = ConsoleCommand.SCOPE, name = "climbers",
        description = "Shows climbers and fallers: contacts whose latest response (answered in the window) is in a"
                + " better or worse class than the one before, and accounts whose loyalty class changed on their"
                + " latest response day, with the account's ARR")
@Service
public class ClimbersCommand extends SelectionCommand<MovementReport> {
    static final int DEFAULT_LIMIT = 20;

    @Reference
    MovementService movements;

    @Option(name = "--from", description = "First day the latest response may fall on, YYYY-MM-DD (default: a year"
            + " before --to)")
    String from;

    @Option(name = "--to", description = "The as-of day, last day of the window, YYYY-MM-DD (default: today)")
    String to;

    @Option(name = "--limit", description = "Most rows printed per list, largest ARR first (default 20; --json"
            + " prints every row)")
    String limit;

    private int rows;

    @Override
    MovementReport figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        rows = limit == null ? DEFAULT_LIMIT : Input.atLeast("--limit", limit, 1);
        return movements.movements(Input.window(first, last), filter());
    }

    @Override
    void print(MovementReport r) {
        out.println("Latest responses " + r.window().from() + " to " + r.window().to() + ", ARR in " + r.currency());
        contacts("Contact climbers", r.contactClimbers());
        contacts("Contact fallers", r.contactFallers());
        accounts("Account climbers", r.accountClimbers());
        accounts("Account fallers", r.accountFallers());
    }

    private void contacts(String title, List<ContactMovement> moves) {
        out.println();
        out.println(title + " (" + moves.size() + ")");
        Table table = new Table().column("Contact").column("Name", 24).column("Role").column("Account")
                .column("Account name", 28).number("ARR").column("Before").column("Now").column("Latest on")
                .whenEmpty("None.");
        for (ContactMovement m : moves.subList(0, Math.min(rows, moves.size()))) {
            table.row(m.contactId(), Display.text(m.contactName()), m.role(), m.accountId(),
                    Display.text(m.accountName()), Display.money(m.arr()),
                    m.previous().score() + " " + Display.code(m.previousClass()),
                    m.latest().score() + " " + Display.code(m.latestClass()), m.latest().date());
        }
        table.print(out);
        more(moves.size());
    }

    private void accounts(String title, List<AccountMovement> moves) {
        out.println();
        out.println(title + " (" + moves.size() + ")");
        Table table = new Table().column("Account").column("Name", 32).number("ARR").column("Day")
                .column("Before").column("Now").whenEmpty("None.");
        for (AccountMovement m : moves.subList(0, Math.min(rows, moves.size()))) {
            table.row(m.accountId(), Display.text(m.name()), Display.money(m.arr()), m.latestResponseDay(),
                    Display.nps(m.npsBefore()) + " " + Display.code(m.classBefore()),
                    Display.nps(m.npsAfter()) + " " + Display.code(m.classAfter()));
        }
        table.print(out);
        more(moves.size());
    }

    private void more(int total) {
        if (total > rows) {
            out.println("... and " + (total - rows) + " more (--limit)");
        }
    }
}
