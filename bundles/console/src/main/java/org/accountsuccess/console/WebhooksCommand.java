package org.accountsuccess.console;

import java.util.List;

import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:webhooks}: the webhook endpoints and their deliveries. */
@Command(scope = ConsoleCommand.SCOPE, name = "webhooks",
        description = "Lists the webhook endpoints with their pending, delivered and dead deliveries")
@Service
public class WebhooksCommand extends FigureCommand<List<WebhookEndpoint>> {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    WebhookService webhooks;

    @Override
    List<WebhookEndpoint> figures() {
        return installed(webhooks, WEBHOOKS).endpoints();
    }

    @Override
    void print(List<WebhookEndpoint> endpoints) {
        Table table = new Table().column("Endpoint").column("URL", 48).column("Topics", 40).number("Pending")
                .number("Delivered").number("Dead")
                .whenEmpty("No webhook endpoint: add etc/org.accountsuccess.webhook-<name>.cfg");
        for (WebhookEndpoint e : endpoints) {
            table.row(Display.text(e.name()), e.configured() ? Display.text(e.url()) : "(not configured)",
                    Display.text(String.join(", ", e.topics())), e.pending(), e.delivered(), e.dead());
        }
        table.print(out);
    }
}
