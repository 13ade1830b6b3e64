package org.accountsuccess.console;

import java.time.LocalDate;

import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code as:followup}: one follow-up with its history, and a user's change to it (done, reopened,
 * snoozed, reassigned, a note). The change is made on the version just read, or on the one
 * {@code --version} names, so a change someone made meanwhile is never overwritten.
 */
@Command(scope = ConsoleCommand.SCOPE, name = "followup",
        description = "Shows a follow-up with its history; with --done, --reopen, --snooze, --assign or --note changes it")
@Service
public class FollowUpCommand extends ConsoleCommand {

    @Reference
    FollowUpService followUps;

    @Reference
    Session session;

    @Argument(name = "id", required = true, description = "The follow-up's id (see as:followups)")
    String id;

    @Option(name = "--done", description = "Mark it done")
    boolean done;

    @Option(name = "--reopen", description = "Open it again (after done or snoozed)")
    boolean reopen;

    @Option(name = "--snooze", description = "Snooze it until this day, YYYY-MM-DD (after today): not overdue before")
    String snooze;

    @Option(name = "--assign", description = "Reassign it to this user id")
    String assignee;

    @Option(name = "--note", description = "Set its note (\"\" removes it)")
    String note;

    @Option(name = "--version", description = "Change it only if it is still at this version (default: as read now)")
    String version;

    @Override
    public Object execute() {
        LocalDate today = today();
        TrackedFollowUp followUp = followUps.followUp(id, today)
                .orElseThrow(() -> new InputException("no follow-up '" + Display.text(id) + "'"));
        if (changing()) {
            followUp = change(followUp, today);
        }
        print(followUp);
        return null;
    }

    private boolean changing() {
        return done || reopen || snooze != null || assignee != null || note != null;
    }

    private TrackedFollowUp change(TrackedFollowUp followUp, LocalDate today) {
        if ((done ? 1 : 0) + (reopen ? 1 : 0) + (snooze != null ? 1 : 0) > 1) {
            throw new InputException("give one of --done, --reopen and --snooze");
        }
        FollowUpStatus status = done ? FollowUpStatus.DONE : reopen ? FollowUpStatus.OPEN : null;
        long seen = version == null ? followUp.version() : Input.atLeast("--version", version, 1);
        try {
            FollowUpEdit edit = new FollowUpEdit(id, seen, status, Input.date("--snooze", snooze, null), assignee, note,
                    consoleUser(session));
            return followUps.change(edit, today).orElseThrow();
        } catch (StaleFollowUpException e) {
            throw new InputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(option(e.getMessage()));
        }
    }

    /** The message with the field named as the option ("snoozeUntil: ..." as "--snooze: ..."). */
    private static String option(String message) {
        return message.replaceFirst("^snoozeUntil:", "--snooze:").replaceFirst("^assignee:", "--assign:")
                .replaceFirst("^note:", "--note:");
    }

    private void print(TrackedFollowUp t) {
        out.println(t.id() + " (version " + t.version() + "): " + Display.text(t.followUp().title()));
        out.println("Account " + Display.text(t.followUp().accountId()) + ", assigned to "
                + Display.text(t.followUp().assignee()) + ", due " + t.followUp().dueDate() + ", "
                + FollowUpsCommand.status(t) + ", host " + Display.code(t.state()));
        if (t.note() != null) {
            out.println("Note: " + Display.text(t.note()));
        }
        Table history = new Table().column("Version").column("At").column("By").column("What", 60);
        for (FollowUpHistoryEntry e : followUps.history(t.id())) {
            history.row(e.version(), e.at(), Display.text(e.by()), Display.text(e.what()));
        }
        history.print(out);
    }
}
