package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:webhook-dead-letters}: the deliveries given up on. */
@Command(scope = ConsoleCommand.SCOPE, name = "webhook-dead-letters",
        description = "Lists the webhook deliveries given up on, oldest first, with why (replay with as:webhook-replay)")
@Service
public class WebhookDeadLettersCommand extends FigureCommand<List<DeadLetter>> {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    WebhookService webhooks;

    @Override
    List<DeadLetter> figures() {
        return installed(webhooks, WEBHOOKS).deadLetters();
    }

    @Override
    void print(List<DeadLetter> letters) {
        Table table = new Table().column("Delivery").column("Endpoint").column("Topic").column("Event", 40)
                .number("Attempts").column("Last attempt").column("Reason", 100)
                .whenEmpty("No dead letter.");
        for (DeadLetter d : letters) {
            table.row(d.deliveryId(), Display.text(d.endpoint()), Display.text(d.topic()), Display.text(d.eventId()),
                    d.attempts(), Display.text(d.lastAttemptAt()), Display.text(d.reason()));
        }
        table.print(out);
        out.println(letters.size() + " dead letter(s)");
    }
}
