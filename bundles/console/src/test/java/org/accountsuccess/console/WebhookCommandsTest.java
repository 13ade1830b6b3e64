package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.junit.jupiter.api.Test;

class WebhookCommandsTest {
    private static final DeadLetter CRM = new DeadLetter("d-1", "crm", "org/accountsuccess/account/BAND_CHANGED",
            "band:acc-1", 6, Instant.parse("2026-11-15T08:00:00Z"), Instant.parse("2026-11-15T10:43:00Z"),
            "HTTP 500: boom, after 6 attempt(s)");
    private static final DeadLetter GONE = new DeadLetter("d-2", "gone", "org/accountsuccess/followup/OVERDUE",
            "overdue:r-1", 1, Instant.parse("2026-11-15T09:00:00Z"), null,
            "the endpoint was removed from the configuration while the delivery was pending");

    /** Dead letters of a configured endpoint "crm" and a removed one, "gone". */
    private final List<DeadLetter> dead = new ArrayList<>(List.of(CRM, GONE));
    private final WebhookService service = new WebhookService() {
        @Override
        public List<WebhookEndpoint> endpoints() {
            return List.of(new WebhookEndpoint("crm", "https://crm.example.com/hooks", List.of("org/accountsuccess/*"),
                    true, 2, 40, 1), new WebhookEndpoint("gone", null, List.of(), false, 0, 3, 1));
        }

        @Override
        public List<DeadLetter> deadLetters() {
            return List.copyOf(dead);
        }

        @Override
        public Optional<DeadLetter> replay(String deliveryId) {
            Optional<DeadLetter> letter = dead.stream().filter(d -> d.deliveryId().equals(deliveryId)).findFirst();
            if (letter.filter(d -> d.endpoint().equals("gone")).isPresent()) {
                throw new IllegalStateException("dead letter d-2 is for the endpoint 'gone', which is not configured");
            }
            letter.ifPresent(dead::remove);
            return letter;
        }

        @Override
        public List<DeadLetter> replayAll() {
            List<DeadLetter> replayed = dead.stream().filter(d -> d.endpoint().equals("crm")).toList();
            dead.removeAll(replayed);
            return replayed;
        }
    };

    @Test
    void webhooksListsEveryEndpointWithItsCounts() throws Exception {
        WebhooksCommand command = new WebhooksCommand();
        command.webhooks = service;
        assertThat(Console.run(command)).isEqualTo("""
                Endpoint | URL                           | Topics               | Pending | Delivered | Dead
                ---------+-------------------------------+----------------------+---------+-----------+-----
                crm      | https://crm.example.com/hooks | org/accountsuccess/* |       2 |        40 |    1
                gone     | (not configured)              |                      |       0 |         3 |    1
                """);
    }

    @Test
    void deadLettersShowWhy() throws Exception {
        WebhookDeadLettersCommand command = new WebhookDeadLettersCommand();
        command.webhooks = service;
        String output = Console.run(command);
        assertThat(output).contains("d-1      | crm      | org/accountsuccess/account/BAND_CHANGED | band:acc-1  |        6")
                .contains("the endpoint was removed from the configuration while the delivery was pending").contains("HTTP 500: boom, after 6 attempt(s)")
                .contains("2026-11-15T10:43:00Z").contains("2 dead letter(s)");
        command.json = true;
        assertThat(Console.run(command)).contains("\"deliveryId\" : \"d-1\"").contains("\"lastAttemptAt\" : null");
    }

    @Test
    void withoutTheWebhooksFeatureTheCommandsSaySo() {
        assertThatThrownBy(() -> Console.run(new WebhooksCommand())).isInstanceOf(InputException.class)
                .hasMessage("this command needs the feature account-success-webhooks:"
                        + " feature:install account-success-webhooks");
        WebhookReplayCommand replay = new WebhookReplayCommand();
        replay.all = true;
        assertThatThrownBy(() -> Console.run(replay)).hasMessageContaining("feature:install account-success-webhooks");
    }

    @Test
    void replayOneOrAll() throws Exception {
        WebhookReplayCommand command = new WebhookReplayCommand();
        command.webhooks = service;
        command.delivery = "d-9";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class).hasMessage("no dead letter 'd-9'");
        command.delivery = "d-2";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessageContaining("'gone', which is not configured");
        command.delivery = "d-1";
        assertThat(Console.run(command)).isEqualTo("Delivery d-1 to 'crm' put back in the outbox: it is sent now\n");
        command.all = true;
        assertThatThrownBy(() -> Console.run(command)).hasMessage("give either a delivery id or --all");
        command.delivery = null;
        assertThat(Console.run(command)).isEqualTo(
                "0 dead letter(s) put back in the outbox; 1 left, for endpoints that are not configured\n");
    }
}
