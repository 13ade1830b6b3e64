package org.accountsuccess.console;

import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.SweepReport;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:loop-sweep}: runs a sweep of the closed loop now and prints what it did. */
@Command(scope = ConsoleCommand.SCOPE, name = "loop-sweep",
        description = "Runs a sweep of the closed loop now: follow-ups for new responses, pending ones handed to"
                + " the host again, band changes, overdue follow-ups, renewals entering the window, events posted")
@Service
public class LoopSweepCommand extends FigureCommand<SweepReport> {

    @Reference
    FollowUpService followUps;

    @Override
    SweepReport figures() {
        return followUps.sweep();
    }

    @Override
    void print(SweepReport r) {
        Table.figures()
                .row("Swept at", r.at())
                .row("As of", r.asOf())
                .row("New responses", r.newResponses())
                .row("Follow-ups submitted", r.submitted())
                .row("Follow-ups pending", r.pending())
                .row("Band changes", r.bandChanges())
                .row("Newly overdue", r.overdue())
                .row("Renewals entering window", r.renewalsEntered())
                .row("Events posted", r.eventsPosted())
                .print(out);
    }
}
