package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code as:followup-create}: a follow-up for one of an account's recommended actions, as the
 * account page's button makes it; while the account has an open one with the title, that one is shown.
 */
@Command(scope = ConsoleCommand.SCOPE, name = "followup-create",
        description = "Creates a follow-up for an account's recommended action (for its owner, due in 7 days),"
                + " unless an open one with the title exists")
@Service
public class FollowUpCreateCommand extends ConsoleCommand {

    @Reference
    FollowUpService followUps;

    @Reference
    Session session;

    @Argument(index = 0, name = "account", required = true, description = "The account id")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Argument(index = 1, name = "title", required = true, multiValued = true, description = "What to do")
    List<String> title;

    @Option(name = "--due", description = "The due date, YYYY-MM-DD (default: today + due.action.days)")
    String due;

    @Option(name = "--assignee", description = "Who does it (default: the account's owner)")
    String assignee;

    @Override
    public Object execute() {
        FollowUpCreation creation;
        try {
            creation = followUps.create(new NewFollowUp(accountId, String.join(" ", title), Input.date("--due", due,
                    null), assignee, consoleUser(session)), today());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage().replaceFirst("^dueDate:", "--due:"));
        }
        TrackedFollowUp t = creation.followUp();
        out.println((creation.created() ? "Created " : "Open already: ") + t.id() + " for "
                + Display.text(t.followUp().accountId()) + ", assigned to " + Display.text(t.followUp().assignee())
                + ", due " + t.followUp().dueDate() + ": " + Display.text(t.followUp().title()));
        return null;
    }
}
