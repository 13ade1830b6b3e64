package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:webhook-replay}: puts dead letters back in the outbox. */
@Command(scope = ConsoleCommand.SCOPE, name = "webhook-replay",
        description = "Sends a dead letter again (same delivery id, attempts reset), or every one with --all")
@Service
public class WebhookReplayCommand extends ConsoleCommand {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    WebhookService webhooks;

    @Option(name = "--all", description = "Replay every dead letter whose endpoint is configured")
    boolean all;

    @Argument(name = "delivery", description = "The delivery id of the dead letter (see as:webhook-dead-letters)")
    String delivery;

    @Override
    public Object execute() {
        if (all == (delivery != null)) {
            throw new InputException("give either a delivery id or --all");
        }
        WebhookService webhooks = installed(this.webhooks, WEBHOOKS);
        if (all) {
            List<DeadLetter> replayed = webhooks.replayAll();
            int left = webhooks.deadLetters().size();
            out.println(replayed.size() + " dead letter(s) put back in the outbox"
                    + (left == 0 ? "" : "; " + left + " left, for endpoints that are not configured"));
            return null;
        }
        DeadLetter replayed;
        try {
            replayed = webhooks.replay(delivery)
                    .orElseThrow(() -> new InputException("no dead letter '" + Display.text(delivery) + "'"));
        } catch (IllegalStateException e) {
            throw new InputException(e.getMessage());
        }
        out.println("Delivery " + replayed.deliveryId() + " to '" + replayed.endpoint()
                + "' put back in the outbox: it is sent now");
        return null;
    }
}
