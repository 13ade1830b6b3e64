package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:followups}: the follow-ups of the closed loop, done, open or overdue. */
@Command(scope = ConsoleCommand.SCOPE, name = "followups",
        description = "Lists the closed loop's follow-ups (one per new survey response, for the account owner, and"
                + " those created for recommended actions): due date, kind, assignee, whether the host took it, done,"
                + " snoozed or overdue")
@Service
public class FollowUpsCommand extends FigureCommand<List<TrackedFollowUp>> {

    @Reference
    FollowUpService followUps;

    @Option(name = "--overdue", description = "Only the overdue ones: due before the as-of day and not done")
    boolean overdue;

    @Option(name = "--assignee", description = "Only the follow-ups assigned to this user id")
    String assignee;

    @Option(name = "--as-of", description = "The day to see them as of, YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    List<TrackedFollowUp> figures() {
        return followUps.followUps(new FollowUpQuery(Input.date("--as-of", asOf, today()), overdue, assignee,
                AccountFilter.ALL));
    }

    @Override
    void print(List<TrackedFollowUp> list) {
        Table table = new Table().column("Due").column("Id").column("Account").column("Assignee")
                .column("Kind").column("Host").column("Status").column("Title", 60)
                .whenEmpty(overdue ? "No follow-up is overdue." : "No follow-up.");
        long overdueCount = 0;
        for (TrackedFollowUp t : list) {
            overdueCount += t.overdue() ? 1 : 0;
            table.row(t.followUp().dueDate(), Display.text(t.followUp().responseId()),
                    Display.text(t.followUp().accountId()), Display.text(t.followUp().assignee()),
                    Display.code(t.followUp().kind()), Display.code(t.state()), status(t),
                    Display.text(t.followUp().title()));
        }
        table.print(out);
        if (!list.isEmpty()) {
            out.println(list.size() + " follow-up(s), " + overdueCount + " overdue");
        }
    }

    /** "done 2026-11-12", "OVERDUE", "snoozed to 2026-11-20" or "open". */
    static String status(TrackedFollowUp t) {
        if (t.doneOn().isPresent()) {
            return "done " + t.doneOn().get();
        }
        if (t.overdue()) {
            return "OVERDUE";
        }
        return t.status() == FollowUpStatus.SNOOZED ? "snoozed to " + t.snoozedUntil().orElseThrow() : "open";
    }
}
