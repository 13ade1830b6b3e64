package org.accountsuccess.api.webhook;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of the outgoing webhooks: what each endpoint has pending, delivered and given up on,
 * and the dead letters, which an admin can put back in the outbox.
 */
@ProviderType
public interface WebhookService {

    /** Every configured endpoint, and every endpoint no longer configured that still has deliveries, by name. */
    List<WebhookEndpoint> endpoints();

    /** The deliveries given up on, oldest first. */
    List<DeadLetter> deadLetters();

    /**
     * Puts a dead letter back in the outbox, with its attempts reset and the same delivery id (a
     * receiver de-duplicates on it), to be sent at once.
     *
     * @return the dead letter as it was before the replay; empty when no dead letter has this id
     * @throws IllegalStateException when the dead letter's endpoint is not configured (any more)
     */
    Optional<DeadLetter> replay(String deliveryId);

    /**
     * Replays every dead letter whose endpoint is configured; the others stay dead letters.
     *
     * @return the dead letters replayed
     */
    List<DeadLetter> replayAll();
}
